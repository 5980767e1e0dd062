// Command tidecsv turns a harbour's tide readings (a JSON array, one reading every ten
// minutes) into a CSV of the day's high and low waters for the harbour master's spreadsheet.
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"
	"time"
)

type Reading struct {
	At     time.Time `json:"at"`
	Height float64   `json:"height_m"`
}

type Turn struct {
	At     time.Time
	Height float64
	High   bool
}

func load(path string) ([]Reading, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rs []Reading
	if err := json.Unmarshal(data, &rs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rs, nil
}

// turns finds the readings where the water stops rising (a high) or stops falling (a low).
func turns(rs []Reading) []Turn {
	var out []Turn
	for i := 1; i+1 < len(rs); i++ {
		prev, cur, next := rs[i-1].Height, rs[i].Height, rs[i+1].Height
		switch {
		case cur >= prev && cur > next:
			out = append(out, Turn{At: rs[i].At, Height: cur, High: true})
		case cur <= prev && cur < next:
			out = append(out, Turn{At: rs[i].At, Height: cur, High: false})
		}
	}
	return out
}

func writeCSV(path string, ts []Turn) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	if err := cw.Write([]string{"time", "height_m", "tide"}); err != nil {
		f.Close()
		return err
	}
	for _, t := range ts {
		kind := "low"
		if t.High {
			kind = "high"
		}
		row := []string{t.At.Format("15:04"), strconv.FormatFloat(t.Height, 'f', 2, 64), kind}
		if err := cw.Write(row); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

func main() {
	in := flag.String("in", "readings.json", "tide readings (JSON)")
	out := flag.String("out", "tides.csv", "where to write the CSV")
	flag.Parse()
	rs, err := load(*in)
	if err != nil {
		log.Fatal(err)
	}
	ts := turns(rs)
	if err := writeCSV(*out, ts); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d readings, %d high and low waters written to %s", len(rs), len(ts), *out)
}
