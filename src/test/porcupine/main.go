// Command compare times Porcupine on the history files that distlab's check-history reads,
// reading them with the same meaning of :ok, :fail and :info (docs/history-checker.md), so
// that both checkers decide the same histories. Not part of the build: see README.md here.
//
//	go run . -model cas-register|kv [-timeout 60s] FILE...
//
// Prints, per file: name, operations, median milliseconds of the check (reading excluded),
// Porcupine's verdict (Ok, Illegal or Unknown), and the median CPU time of the process.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/anishathalye/porcupine"
)

const none = "\x00none" // a key never written, in histories whose keys start as nil

type input struct {
	f, key, a, b string // f: read, write, cas, append
}

type output struct {
	known bool
	ok    bool   // cas answered true
	value string // read's value
}

type op struct {
	process    int
	call, ret  int // line numbers; ret = -1 while pending, math.MaxInt32 when open
	in         input
	out        output
	keyFields  bool
	completed  bool
}

var logLine = regexp.MustCompile(`^INFO\s+jepsen\.util\s+-\s+(\d+)\s+(:[\w-]+)\s+(:[\w-]+)\s+(.*?)\s*$`)
var ednField = regexp.MustCompile(`:(process|type|f|key|value) ("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,}\s]+)`)

func main() {
	model := flag.String("model", "cas-register", "cas-register or kv")
	timeout := flag.Duration("timeout", 60*time.Second, "give up after this long (Porcupine answers Unknown)")
	flag.Parse()
	for _, file := range flag.Args() {
		ops, keyFields, err := read(file, *model == "kv")
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", file, err)
			os.Exit(1)
		}
		events := toEvents(ops)
		m := registerModel()
		if *model == "kv" {
			m = kvModel(keyFields)
		}
		var times, cpus []time.Duration
		var result porcupine.CheckResult
		var spent time.Duration
		for len(times) < 5 || (spent < 3*time.Second && len(times) < 200) {
			c0 := cpuTime()
			t0 := time.Now()
			result = porcupine.CheckEventsTimeout(m, events, *timeout)
			t := time.Since(t0)
			cpus = append(cpus, cpuTime()-c0)
			times = append(times, t)
			spent += t
			if t > 20*time.Second || result == porcupine.Unknown {
				break
			}
		}
		fmt.Printf("%s\t%d ops\t%.3f ms\t%s\tcpu %.3f ms\n", filepath.Base(file), len(ops),
			median(times), result, median(cpus))
	}
}

// cpuTime is the CPU time of the whole process so far (all threads, the collector's included).
func cpuTime() time.Duration {
	var usage syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

func median(values []time.Duration) float64 {
	sort.Slice(values, func(i, j int) bool { return values[i] < values[j] })
	return float64(values[len(values)/2].Nanoseconds()) / 1e6
}

// read parses a Jepsen log or EDN-map file into operations, in call order.
func read(file string, kv bool) ([]*op, bool, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	scanner := bufio.NewScanner(f)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	pending := map[int]*op{}
	var ops []*op
	keyFields := false
	line := 0
	for scanner.Scan() {
		line++
		text := strings.TrimPrefix(scanner.Text(), "\uFEFF")
		if strings.TrimSpace(text) == "" {
			continue
		}
		process, typ, fn, key, value, ok := fields(text)
		if !ok {
			continue // the nemesis, or not an event
		}
		if key != "" {
			keyFields = true
		}
		if kv && key == "" && !strings.HasPrefix(value, ":") {
			key, value = splitKeyed(value) // a keyword (:timed-out) carries no key
		}
		if typ == ":invoke" {
			o := &op{process: process, call: line, ret: -1, in: parseInput(fn, key, value)}
			pending[process] = o
			ops = append(ops, o)
			continue
		}
		o := pending[process]
		if o == nil {
			return nil, false, fmt.Errorf("line %d: completion without invoke", line)
		}
		delete(pending, process)
		switch {
		case typ == ":info":
			o.ret = 1 << 30 // open: returns after everything
		case typ == ":ok":
			o.ret, o.completed = line, true
			o.out = output{known: true, ok: true, value: readValue(value)}
		case typ == ":fail" && strings.HasPrefix(value, ":"):
			o.ret = -2 // did not happen
		case typ == ":fail" && o.in.f == "cas":
			o.ret, o.completed = line, true
			o.out = output{known: true, ok: false}
		default:
			o.ret = -2
		}
	}
	for _, o := range pending {
		o.ret = 1 << 30
	}
	var kept []*op
	for _, o := range ops {
		if o.ret != -2 {
			kept = append(kept, o)
		}
	}
	return kept, keyFields, scanner.Err()
}

func fields(text string) (process int, typ, fn, key, value string, ok bool) {
	if m := logLine.FindStringSubmatch(text); m != nil {
		_, err := fmt.Sscan(m[1], &process)
		return process, m[2], m[3], "", m[4], err == nil
	}
	if !strings.HasPrefix(strings.TrimSpace(text), "{") {
		return 0, "", "", "", "", false
	}
	got := map[string]string{}
	for _, m := range ednField.FindAllStringSubmatch(text, -1) {
		got[m[1]] = m[2]
	}
	if _, err := fmt.Sscan(got["process"], &process); err != nil {
		return 0, "", "", "", "", false
	}
	fn = got["f"]
	switch fn {
	case ":get":
		fn = ":read"
	case ":put":
		fn = ":write"
	}
	return process, ":" + strings.TrimPrefix(got["type"], ":"), fn, unquote(got["key"]), got["value"], true
}

// splitKeyed splits Jepsen's independent [key value] into its parts.
func splitKeyed(value string) (string, string) {
	inner := strings.TrimSuffix(strings.TrimPrefix(value, "["), "]")
	parts := strings.SplitN(inner, " ", 2)
	if len(parts) < 2 {
		return value, ""
	}
	v := parts[1]
	if strings.HasPrefix(v, "[") && !strings.HasSuffix(v, "]") {
		v += "]"
	}
	return parts[0], v
}

func parseInput(fn, key, value string) input {
	switch fn {
	case ":read":
		return input{f: "read", key: key}
	case ":cas":
		pair := strings.Fields(strings.Trim(value, "[]"))
		return input{f: "cas", key: key, a: unquote(pair[0]), b: unquote(pair[1])}
	case ":append":
		return input{f: "append", key: key, a: unquote(value)}
	default:
		return input{f: "write", key: key, a: unquote(value)}
	}
}

func readValue(value string) string {
	if value == "nil" {
		return none
	}
	return unquote(value)
}

func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1]
	}
	return s
}

// toEvents orders calls and returns by line; open operations return after everything.
func toEvents(ops []*op) []porcupine.Event {
	type timed struct {
		at    int
		event porcupine.Event
	}
	var all []timed
	for id, o := range ops {
		all = append(all, timed{o.call, porcupine.Event{ClientId: o.process, Kind: porcupine.CallEvent, Value: o.in, Id: id}})
		all = append(all, timed{o.ret, porcupine.Event{ClientId: o.process, Kind: porcupine.ReturnEvent, Value: o.out, Id: id}})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].at < all[j].at })
	events := make([]porcupine.Event, len(all))
	for i, t := range all {
		events[i] = t.event
	}
	return events
}

// step is the register (and per-key) specification; an unknown output allows any answer.
func step(state string, in input, out output) (bool, string) {
	switch in.f {
	case "read":
		return !out.known || out.value == state, state
	case "write":
		return true, in.a
	case "append":
		if state == none {
			return true, in.a
		}
		return true, state + in.a
	default:
		matches := state == in.a
		next := state
		if matches {
			next = in.b
		}
		return !out.known || matches == out.ok, next
	}
}

func registerModel() porcupine.Model {
	return porcupine.Model{
		Init: func() interface{} { return none },
		Step: func(state, in, out interface{}) (bool, interface{}) {
			return step(state.(string), in.(input), out.(output))
		},
	}
}

func kvModel(keyFields bool) porcupine.Model {
	initial := none
	if keyFields {
		initial = "" // Porcupine's key-value tests start every key as the empty string
	}
	return porcupine.Model{
		PartitionEvent: func(history []porcupine.Event) [][]porcupine.Event {
			byKey := map[string][]porcupine.Event{}
			keyOf := map[int]string{}
			var keys []string
			for _, e := range history {
				if e.Kind == porcupine.CallEvent {
					keyOf[e.Id] = e.Value.(input).key
				}
				k := keyOf[e.Id]
				if _, seen := byKey[k]; !seen {
					keys = append(keys, k)
				}
				byKey[k] = append(byKey[k], e)
			}
			sort.Strings(keys)
			var parts [][]porcupine.Event
			for _, k := range keys {
				parts = append(parts, byKey[k])
			}
			return parts
		},
		Init: func() interface{} { return initial },
		Step: func(state, in, out interface{}) (bool, interface{}) {
			return step(state.(string), in.(input), out.(output))
		},
	}
}
