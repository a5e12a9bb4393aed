// Package sipgo is a stub of github.com/livekit/sipgo for analysistest,
// written from its published signatures (the version of sip's stub):
// declarations only. A handler takes a logger before the request.
package sipgo

import (
	"log/slog"

	"github.com/livekit/sipgo/sip"
)

type RequestHandler func(log *slog.Logger, req *sip.Request, tx sip.ServerTransaction)

type Server struct{}

func (srv *Server) OnRequest(method sip.RequestMethod, handler RequestHandler) {}
func (srv *Server) OnInvite(handler RequestHandler)                            {}
func (srv *Server) OnAck(handler RequestHandler)                               {}
func (srv *Server) OnOptions(handler RequestHandler)                           {}
func (srv *Server) OnRegister(handler RequestHandler)                          {}
func (srv *Server) OnNoRoute(handler RequestHandler)                           {}
func (srv *Server) WriteResponse(r *sip.Response) error                        { return nil }
