package readout

import "fmt"

// enumText and enumParse implement the text form of the small enums below:
// the wire form is the word, never the number.
func enumText(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("%d", i)
	}
	return names[i]
}

func enumParse(typ string, names []string, b []byte) (int, error) {
	for i, n := range names {
		if n == string(b) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("readout: unknown %s %q", typ, b)
}

// A Kind is the kind of engagement a readout reports. The zero Kind is
// KindUnknown.
type Kind int

// The kinds of engagement.
const (
	KindUnknown      Kind = iota // not determined
	KindMeeting                  // a bilateral meeting or talk ("held a meeting", "telephone talks")
	KindSummit                   // a meeting between heads of state or government
	KindCourtesyCall             // a courtesy call, paid or received
	KindWorkingMeal              // a working lunch, dinner or breakfast
	KindMultilateral             // attendance at a multilateral meeting or session
	KindVisit                    // a visit over one or more days
	KindInformalTalk             // an informal or brief talk ("stand-up talk", "informal talks")
	KindOther                    // something else, stated but not classified
)

var kindNames = []string{"unknown", "meeting", "summit", "courtesy_call", "working_meal", "multilateral", "visit", "informal_talk", "other"}

// String returns the wire name of k, such as "courtesy_call".
func (k Kind) String() string { return enumText(kindNames, int(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Kind) UnmarshalText(b []byte) error {
	i, err := enumParse("kind", kindNames, b)
	*k = Kind(i)
	return err
}

// A Mode is how the participants met. The zero Mode is ModeUnknown.
type Mode int

// The modes of an engagement.
const (
	ModeUnknown   Mode = iota // not determined
	ModeInPerson              // face to face
	ModeTelephone             // by telephone
	ModeVideo                 // by video conference
)

var modeNames = []string{"unknown", "in_person", "telephone", "video"}

// String returns the wire name of m, such as "in_person".
func (m Mode) String() string { return enumText(modeNames, int(m)) }

// MarshalText implements [encoding.TextMarshaler].
func (m Mode) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *Mode) UnmarshalText(b []byte) error {
	i, err := enumParse("mode", modeNames, b)
	*m = Mode(i)
	return err
}

// A StartQualifier says how exactly a start time is stated. The zero value,
// StartExact, is a time stated without a hedge ("commencing at 9:45 a.m.").
type StartQualifier int

// The start qualifiers.
const (
	StartExact     StartQualifier = iota // "at", "from", "commencing at"
	StartAround                          // "at around", "from around", 頃
	StartJustAfter                       // "from just after", 過ぎ
	StartAfter                           // "after"
)

var startQualifierNames = []string{"exact", "around", "just_after", "after"}

// String returns the wire name of q, such as "around".
func (q StartQualifier) String() string { return enumText(startQualifierNames, int(q)) }

// MarshalText implements [encoding.TextMarshaler].
func (q StartQualifier) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (q *StartQualifier) UnmarshalText(b []byte) error {
	i, err := enumParse("start qualifier", startQualifierNames, b)
	*q = StartQualifier(i)
	return err
}

// A DurationQualifier says how exactly a duration is stated. The zero value,
// DurationExact, is a duration stated without a hedge ("for 30 minutes").
type DurationQualifier int

// The duration qualifiers.
const (
	DurationExact         DurationQualifier = iota // "for 30 minutes"
	DurationApproximately                          // "for approximately", 約
	DurationAbout                                  // "for about", "for roughly"
	DurationJustUnder                              // "for just under", 弱
	DurationOver                                   // "for over", 強
	DurationShort                                  // a short time with no minutes stated (短時間)
)

var durationQualifierNames = []string{"exact", "approximately", "about", "just_under", "over", "short"}

// String returns the wire name of q, such as "approximately".
func (q DurationQualifier) String() string { return enumText(durationQualifierNames, int(q)) }

// MarshalText implements [encoding.TextMarshaler].
func (q DurationQualifier) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (q *DurationQualifier) UnmarshalText(b []byte) error {
	i, err := enumParse("duration qualifier", durationQualifierNames, b)
	*q = DurationQualifier(i)
	return err
}

// A DayRelation is the relation a readout states between the local date and
// the date in Japan ("same day", "next day"). The zero value, DayUnstated,
// means the text does not say.
type DayRelation int

// The day relations.
const (
	DayUnstated DayRelation = iota // the text gives no day for the JST time
	DaySame                        // "same day", 同日, or the same date written out
	DayNext                        // "next day", 翌日, or the next date
	DayPrevious                    // "previous day", 前日, or the previous date
)

var dayRelationNames = []string{"", "same", "next", "previous"}

// String returns the wire name of r: "same", "next", "previous", or "" when
// unstated.
func (r DayRelation) String() string { return enumText(dayRelationNames, int(r)) }

// Days returns the JST date minus the local date in days: 0, +1 or -1.
func (r DayRelation) Days() int {
	switch r {
	case DayNext:
		return 1
	case DayPrevious:
		return -1
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler].
func (r DayRelation) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *DayRelation) UnmarshalText(b []byte) error {
	i, err := enumParse("day relation", dayRelationNames, b)
	*r = DayRelation(i)
	return err
}

// A Role is the part a [Participant] plays in the readout. The zero Role is
// RoleUnknown.
type Role int

// The participant roles.
const (
	RoleUnknown     Role = iota // not determined
	RolePrincipal               // the Japanese official the readout is about
	RoleCounterpart             // whom the principal met or talked with
	RoleAttendee                // also present (named in the lead or captions)
	RoleMentioned               // only mentioned in the body
)

var roleNames = []string{"unknown", "principal", "counterpart", "attendee", "mentioned"}

// String returns the wire name of r, such as "counterpart".
func (r Role) String() string { return enumText(roleNames, int(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *Role) UnmarshalText(b []byte) error {
	i, err := enumParse("role", roleNames, b)
	*r = Role(i)
	return err
}
