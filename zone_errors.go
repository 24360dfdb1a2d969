package readout

import "errors"

// TODO(validate): this file stands in for the zone errors of timezone.go on
// branch tz; delete it when that branch is merged.

var (
	// ErrZoneUnknown means a zone name, abbreviation or place is not known.
	ErrZoneUnknown = errors.New("readout: unknown time zone")
	// ErrZoneAmbiguous means several zones fit and nothing decides between
	// them.
	ErrZoneAmbiguous = errors.New("readout: ambiguous time zone")
)
