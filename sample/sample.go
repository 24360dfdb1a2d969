// Package sample holds real readouts to try readout on: the readout the
// library was specified from, in English and in Japanese.
//
// The texts are the Government of Japan's, used under its terms of use with
// attribution to the source addresses below.
package sample

import _ "embed"

// English is MOFA's English readout of Foreign Minister Hayashi's attendance
// at the Meeting of NATO Ministers of Foreign Affairs in Brussels on
// 7 April 2022, as a text extraction tool gave it.
// Source: Ministry of Foreign Affairs of Japan, https://www.mofa.go.jp/
// (section "North Atlantic Treaty Organization (NATO)"), page dated April 7, 2022.
//
//go:embed nato-2022-04-07.en.txt
var English string

// Japanese is the Japanese version of the same readout.
// Source: https://www.gov-base.info/2022/04/08/152684 (a mirror of the MOFA page)
//
//go:embed nato-2022-04-07.ja.txt
var Japanese string

// EnglishName and JapaneseName are the names the command-line tool gives the
// samples as a source.
const (
	EnglishName  = "embedded"
	JapaneseName = "embedded-ja"
)
