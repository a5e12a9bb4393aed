// Package sipuacases runs sipcode against cloudwebrtc/go-sip-ua's Session,
// whose methods take ghettovoice/gosip's sip.StatusCode.
package sipuacases

import (
	"github.com/cloudwebrtc/go-sip-ua/pkg/session"
	"github.com/ghettovoice/gosip/sip"
)

func calls(s *session.Session, target sip.Uri) {
	s.Reject(603, "Busy Here")                   // want `reason phrase "Busy Here" is that of 486; 603 is "Decline"`
	s.Reject(409, "Conflict")                    // want `409 Conflict is not a SIP response code`
	s.Accept(202)                                // 202 is usable (REFER); go-sip-ua has no constant for it
	s.Accept(2000)                               // want `2000 is not a SIP response code`
	s.Redirect(target, 399, "Moved")             // want `399 is not a registered SIP response code: a UAC treats it as 300 Multiple Choices`
	s.Redirect(target, 301, "Moved Temporarily") // want `reason phrase "Moved Temporarily" is that of 302; 301 is "Moved Permanently"`
	s.Provisional(180, "Ringng")                 // want `reason phrase "Ringng" misspells "Ringing" \(180\)`
	s.Provisional(sip.StatusCode(199), "Trying") // want `reason phrase "Trying" is that of 100; 199 is "Early Dialog Terminated"`
	// Fine: registered codes and their phrases; no constants to suggest.
	s.Reject(486, "Busy Here")
	s.Accept(200)
	s.Redirect(target, 302, "Moved Temporarily")
	s.Provisional(183, "Session Progress")
	s.Provisional(183, "Early media")
}
