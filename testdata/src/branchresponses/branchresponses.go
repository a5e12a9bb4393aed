// Package branchresponses: a response built on one branch and sent after
// the branches join is followed to the send, by the header and method
// checks.
package branchresponses

import (
	"strings"

	"github.com/emiago/sipgo"
	"github.com/emiago/sipgo/sip"
)

func onOptions(req *sip.Request, tx sip.ServerTransaction, srv *sipgo.Server, known bool) {
	var res *sip.Response
	if known {
		res = sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	} else {
		res = sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil) // want `^405 response without Allow`
	}
	tx.Respond(res)
}

func bySwitch(req *sip.Request, tx sip.ServerTransaction, kind int) {
	var res *sip.Response
	switch kind {
	case 1:
		res = sip.NewResponseFromRequest(req, sip.StatusUnauthorized, "Unauthorized", nil) // want `^401 response without WWW-Authenticate`
	case 2:
		res = sip.NewResponseFromRequest(req, sip.StatusNotFound, "Not Found", nil)
	default:
		res = sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	}
	tx.Respond(res)
}

// A header added after the join counts for every branch.
func completed(req *sip.Request, tx sip.ServerTransaction, srv *sipgo.Server, known bool) {
	var res *sip.Response
	if known {
		res = sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	} else {
		res = sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	}
	res.AppendHeader(sip.NewHeader("Allow", strings.Join(srv.RegisteredMethods(), ", ")))
	tx.Respond(res)
}

// Silent: a header added on one branch only counts for both (a miss, not a
// guess); a response a later assignment may replace is sent on some paths
// only, and the checks do not follow paths: left alone.
func silent(req *sip.Request, tx sip.ServerTransaction, srv *sipgo.Server, known bool) {
	var res *sip.Response
	if known {
		res = sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
		res.AppendHeader(sip.NewHeader("Allow", "INVITE, ACK, BYE"))
	} else {
		res = sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	}
	tx.Respond(res)

	first := sip.NewResponseFromRequest(req, sip.StatusMethodNotAllowed, "Method Not Allowed", nil)
	if known {
		first = sip.NewResponseFromRequest(req, sip.StatusOK, "OK", nil)
	}
	tx.Respond(first)
}
