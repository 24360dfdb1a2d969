// Package schema publishes the JSON Schema of the meeting document: the JSON
// that json.Marshal writes for a Meeting of package
// [github.com/diplomacy-data/readout], and that the readout
// command prints.
//
// The schema (JSON Schema draft 2020-12) is the file meeting.schema.json in
// this directory, also available to programs as [Meeting]. It lists every
// key, the word lists of the enums, and the formats of dates ("2022-04-07",
// "--04-07" without a year), clocks ("09:45"), instants (RFC 3339) and
// durations (ISO 8601, "PT2H45M"). Objects admit no other keys, so a
// document that validates has exactly the shape described here.
//
// The package's tests validate every golden file of the repository, and the
// JSON of every readout in testdata, against the schema with an independent
// validator (github.com/santhosh-tekuri/jsonschema), and check that the
// schema and the Go types name the same keys.
//
// To validate in Python: jsonschema.validate(doc, json.load(open(
// "schema/meeting.schema.json"))); with the jsonschema package's
// Draft202012Validator and a FormatChecker, formats are checked too.
package schema

import _ "embed"

// Meeting is the JSON Schema of a readout.Meeting document, as bytes of
// meeting.schema.json. Do not modify it.
//
//go:embed meeting.schema.json
var Meeting []byte

// ID is the $id of [Meeting].
const ID = "https://github.com/diplomacy-data/readout/schema/meeting.schema.json"
