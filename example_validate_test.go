package readout_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/diplomacy-data/readout"
)

// A readout whose stated Japan time was edited from 4:45 p.m. to 5:45 p.m.:
// Validate computes 9:45 a.m. in Brussels through the IANA zone and reports
// the contradiction, with the offsets it used.
func ExampleValidate() {
	m := &readout.Meeting{
		Schedule: readout.Schedule{
			Date:      readout.Date{Year: 2022, Month: time.April, Day: 7},
			Start:     readout.ClockOf(9, 45),
			TimeZone:  "Europe/Brussels",
			StatedJST: readout.StatedTime{Time: readout.ClockOf(17, 45), Day: readout.DaySame},
		},
		Participants: []readout.Participant{{Name: "HAYASHI Yoshimasa", Title: "Minister for Foreign Affairs of Japan", Country: "Japan", Role: readout.RolePrincipal}},
	}
	for _, p := range readout.Validate(m) {
		fmt.Println(p)
	}
	// Output:
	// error jst-mismatch: stated JST 17:45, expected 16:45: 09:45 on 2022-04-07 in Europe/Brussels (CEST, UTC+02:00) is 16:45 JST (UTC+09:00)
}

// Problems are errors; errors.Is matches a code through its sentinel, and
// errors.As reaches each problem.
func ExampleProblems_errorsIs() {
	m := &readout.Meeting{
		Schedule: readout.Schedule{
			Date:      readout.Date{Year: 2022, Month: time.April, Day: 7},
			Start:     readout.ClockOf(9, 45),
			TimeZone:  "Europe/Brussels",
			StatedJST: readout.StatedTime{Time: readout.ClockOf(16, 45), Day: readout.DayNext},
		},
	}
	err := readout.Validate(m).Err()
	fmt.Println(errors.Is(err, readout.ErrJSTDayMismatch))
	fmt.Println(errors.Is(err, readout.ErrJSTMismatch))
	var p *readout.Problem
	if errors.As(err, &p) {
		fmt.Println(p.Code, p.Severity)
	}
	// Output:
	// true
	// false
	// jst-day-mismatch error
}

// ErrorWithPosition shows the problem in its line of text, with carets.
func ExampleProblem_ErrorWithPosition() {
	src := "(1) We condemn the aggression against Ukraine, , and its atrocities."
	p := &readout.Problem{
		Code: readout.CodeTextDoubledPunctuation, Severity: readout.SeverityWarning,
		Message: `doubled punctuation ", ,"`, Source: "readout.txt",
		Span: readout.Span{Start: readout.Pos{Offset: 45, Line: 1, Column: 46}, End: readout.Pos{Offset: 48, Line: 1, Column: 49}},
	}
	fmt.Println(p.ErrorWithPosition(src))
	// Output:
	// readout.txt:1:46: warning text-doubled-punctuation: doubled punctuation ", ,"
	//     1 | …e condemn the aggression against Ukraine, , and its atrocities.
	//       |                                          ^^^
}
