package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// jaLinkKey is the number of runes of a short name by which a jaNames index
// finds the participants it may name.
const jaLinkKey = 8

// jaLinkScan is the number of participants up to which jaLink scans them
// instead of indexing them.
const jaLinkScan = 16

// A jaNames indexes the names of the participants for jaLink, so that
// linking a mention costs the same however many people a readout names.
// Each participant is listed under the first jaLinkKey runes of every short
// form that links to it (jaLinks): its whole name, each rune prefix of a
// kanji name, and the parts before and after each "・" of a katakana name.
// A lookup checks the listed participants with jaLinks, in order.
type jaNames struct {
	n  int              // participants indexed: [0, n)
	by map[string][]int // key → participant indexes, ascending
}

// sync indexes the participants appended since the last call. Names do not
// change once a participant is added.
// A readout names a few people: the index is built only when there are more
// than jaLinkScan, and find scans them until then.
func (x *jaNames) sync(ps []readout.Participant) {
	if x.by == nil {
		if len(ps) <= jaLinkScan {
			return
		}
		x.by = map[string][]int{}
	}
	for ; x.n < len(ps); x.n++ {
		full := ps[x.n].Name
		if full == "" {
			continue
		}
		x.add(full)
		if strings.Contains(full, "・") {
			for d := strings.Index(full, "・"); d >= 0; {
				x.add(full[:d])
				rest := full[d+len("・"):]
				x.add(rest)
				e := strings.Index(rest, "・")
				if e < 0 {
					break
				}
				d += len("・") + e
			}
			continue
		}
		// A kanji name links by its start: each prefix of up to
		// jaLinkKey runes (a longer prefix has the same key as the
		// whole name's).
		k := 0
		for i := range full {
			if k == jaLinkKey {
				break
			}
			if i > 0 {
				x.add(full[:i])
			}
			k++
		}
	}
}

// add lists participant x.n under the key of the short form short.
func (x *jaNames) add(short string) {
	if short == "" {
		return
	}
	k := runePrefix(short, jaLinkKey)
	ids := x.by[k]
	if len(ids) > 0 && ids[len(ids)-1] == x.n {
		return
	}
	x.by[k] = append(ids, x.n)
}

// find returns the first participant that short names, or -1.
func (x *jaNames) find(ps []readout.Participant, short string) int {
	if x.by == nil {
		for i, q := range ps {
			if jaLinks(short, q.Name) {
				return i
			}
		}
		return -1
	}
	for _, i := range x.by[runePrefix(short, jaLinkKey)] {
		if jaLinks(short, ps[i].Name) {
			return i
		}
	}
	return -1
}
