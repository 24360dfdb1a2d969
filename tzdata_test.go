package readout_test

// Tests run with Go's embedded copy of the IANA database, so that results do
// not depend on the machine. The library itself leaves that choice to the
// program.
import _ "time/tzdata"
