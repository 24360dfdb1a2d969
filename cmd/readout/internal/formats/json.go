package formats

import (
	"bytes"
	"encoding/json"
	"io"
)

// jsonFormat writes the meeting as indented JSON: one object for a single
// document, a JSON array for several.
type jsonFormat struct{ array bool }

func (f *jsonFormat) Begin(w io.Writer) error {
	if f.array {
		_, err := io.WriteString(w, "[\n")
		return err
	}
	return nil
}

func (f *jsonFormat) Encode(buf *bytes.Buffer, d Doc) ([]string, error) {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d.Meeting); err != nil {
		return nil, err
	}
	if f.array {
		// The separator (",\n") goes after the object, not after the
		// encoder's newline.
		buf.Truncate(buf.Len() - 1)
	}
	return nil, nil
}

func (f *jsonFormat) Separator() string {
	if f.array {
		return ",\n"
	}
	return ""
}

func (f *jsonFormat) End(w io.Writer) error {
	if f.array {
		_, err := io.WriteString(w, "\n]\n")
		return err
	}
	return nil
}

// jsonlFormat writes one meeting per line (JSON Lines).
type jsonlFormat struct{ nop }

func (jsonlFormat) Encode(buf *bytes.Buffer, d Doc) ([]string, error) {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return nil, enc.Encode(d.Meeting)
}
