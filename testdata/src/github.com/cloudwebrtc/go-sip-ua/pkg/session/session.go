// Package session is a stub of github.com/cloudwebrtc/go-sip-ua/pkg/session
// for analysistest, written from its published signatures: declarations
// only. Its codes are of ghettovoice/gosip's sip.StatusCode.
package session

import "github.com/ghettovoice/gosip/sip"

type Session struct{}

func (s *Session) Reject(statusCode sip.StatusCode, reason string) {}

func (s *Session) Accept(statusCode sip.StatusCode) {}

func (s *Session) Redirect(target sip.Uri, code sip.StatusCode, reason string) {}

func (s *Session) Provisional(statusCode sip.StatusCode, reason string) {}
