// Package gosip is a stub of github.com/ghettovoice/gosip for analysistest,
// written from its published signatures: declarations only.
package gosip

import "github.com/ghettovoice/gosip/sip"

type Server interface {
	Respond(res sip.Response) (sip.ServerTransaction, error)
	RespondOnRequest(
		request sip.Request,
		status sip.StatusCode,
		reason, body string,
		headers []sip.Header,
	) (sip.ServerTransaction, error)
	OnRequest(method sip.RequestMethod, handler RequestHandler) error
}

type RequestHandler func(req sip.Request, tx sip.ServerTransaction)
