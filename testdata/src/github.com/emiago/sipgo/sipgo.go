// Package sipgo is a stub of github.com/emiago/sipgo v1.7.2 for
// analysistest, written from its published signatures.
package sipgo

import "github.com/emiago/sipgo/sip"

type Dialog struct {
	InviteRequest  *sip.Request
	InviteResponse *sip.Response
}

type DialogServerSession struct {
	Dialog
}

func (s *DialogServerSession) WriteResponse(res *sip.Response) error { return nil }

type RequestHandler func(req *sip.Request, tx sip.ServerTransaction)

type Server struct{}

func (srv *Server) WriteResponse(r *sip.Response) error                        { return nil }
func (srv *Server) OnRequest(method sip.RequestMethod, handler RequestHandler) {}
func (srv *Server) OnInvite(handler RequestHandler)                            {}
func (srv *Server) OnAck(handler RequestHandler)                               {}
func (srv *Server) OnCancel(handler RequestHandler)                            {}
func (srv *Server) OnBye(handler RequestHandler)                               {}
func (srv *Server) OnRegister(handler RequestHandler)                          {}
func (srv *Server) OnOptions(handler RequestHandler)                           {}
func (srv *Server) OnSubscribe(handler RequestHandler)                         {}
func (srv *Server) OnNotify(handler RequestHandler)                            {}
func (srv *Server) OnRefer(handler RequestHandler)                             {}
func (srv *Server) OnInfo(handler RequestHandler)                              {}
func (srv *Server) OnMessage(handler RequestHandler)                           {}
func (srv *Server) OnPrack(handler RequestHandler)                             {}
func (srv *Server) OnUpdate(handler RequestHandler)                            {}
func (srv *Server) OnPublish(handler RequestHandler)                           {}
func (srv *Server) OnNoRoute(handler RequestHandler)                           {}
func (srv *Server) RegisteredMethods() []string                                { return nil }

func (s *DialogServerSession) Respond(statusCode int, reason string, body []byte, headers ...sip.Header) error {
	return nil
}

func (s *DialogServerSession) RespondSDP(sdp []byte) error { return nil }

type ErrDialogResponse struct {
	Res *sip.Response
}

func (e ErrDialogResponse) Error() string { return "" }

func (s *DialogServerSession) Close() error { return nil }

// DialogServerCache keeps the dialogs of a UAS (dialog_server.go).
type DialogServerCache struct{}

// Client is the UAC side; its methods are not needed here.
type Client struct{}

func NewDialogServerCache(client *Client, contactHDR sip.ContactHeader) *DialogServerCache {
	return nil
}

func (s *DialogServerCache) ReadInvite(req *sip.Request, tx sip.ServerTransaction) (*DialogServerSession, error) {
	return nil, nil
}

func (s *DialogServerCache) ReadAck(req *sip.Request, tx sip.ServerTransaction) error { return nil }

func (s *DialogServerCache) ReadBye(req *sip.Request, tx sip.ServerTransaction) error { return nil }
