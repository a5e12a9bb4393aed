// Package sipgo is a stub of github.com/livekit/sipgo for analysistest,
// written from its published signatures: declarations only.
package sipgo

import "github.com/livekit/sipgo/sip"

type RequestHandler func(req *sip.Request, tx sip.ServerTransaction)

type Server struct{}

func (srv *Server) OnRequest(method string, handler RequestHandler) {}
func (srv *Server) OnInvite(handler RequestHandler)                 {}
func (srv *Server) OnAck(handler RequestHandler)                    {}
func (srv *Server) OnOptions(handler RequestHandler)                {}
