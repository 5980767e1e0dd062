// Command linecounter is a small TCP service for the warehouse scanners: each scanner sends
// one command per message ("ADD <sku> <n>", "GET <sku>", "QUIT") and gets the stock back.
package main

import (
	"fmt"
	"log"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Stock struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *Stock) Add(sku string, n int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[sku] += n
	return s.counts[sku]
}

func (s *Stock) Get(sku string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[sku]
}

func (s *Stock) run(cmd string) (string, bool) {
	fields := strings.Fields(cmd)
	switch {
	case len(fields) == 1 && fields[0] == "QUIT":
		return "bye", false
	case len(fields) == 2 && fields[0] == "GET":
		return strconv.Itoa(s.Get(fields[1])), true
	case len(fields) == 3 && fields[0] == "ADD":
		n, err := strconv.Atoi(fields[2])
		if err != nil || n < 0 {
			return "ERR bad count", true
		}
		return strconv.Itoa(s.Add(fields[1], n)), true
	}
	return "ERR unknown command", true
}

func (s *Stock) serve(conn net.Conn) {
	defer conn.Close()
	buf := make([]byte, 512)
	for {
		if err := conn.SetReadDeadline(time.Now().Add(2 * time.Minute)); err != nil {
			return
		}
		_, err := conn.Read(buf)
		if err != nil {
			return
		}
		reply, more := s.run(strings.TrimSpace(string(buf)))
		if _, err := fmt.Fprintln(conn, reply); err != nil || !more {
			return
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:7070")
	if err != nil {
		log.Fatal(err)
	}
	stock := &Stock{counts: make(map[string]int)}
	for {
		conn, err := ln.Accept()
		if err != nil {
			log.Println("accept:", err)
			continue
		}
		go stock.serve(conn)
	}
}
