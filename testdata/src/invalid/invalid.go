package invalid

import "github.com/emiago/sipgo/sip"

func send(res *sip.Response) {
	_ = sip.NewResponse(1486, "Busy Here") // want `1486 is not a SIP response code: codes are three digits, 100 to 699`
	_ = sip.NewResponse(99, "Trying")      // want `99 is not a SIP response code`
	_ = sip.NewResponse(0, "")             // want `0 is not a SIP response code`
	_ = sip.NewResponse(-1, "")            // want `-1 is not a SIP response code`
	res.StatusCode = 7000                  // want `7000 is not a SIP response code`
	if res.StatusCode == 2000 {            // want `2000 is not a SIP response code`
	}
	// Sentinels in comparisons: "no response yet".
	if res.StatusCode == 0 || res.StatusCode != -1 {
	}
	_ = sip.NewResponse('a', "")        // want `'a' \(97\) is not a SIP response code`
	_ = sip.NewResponse(1<<62, "")      // want `4611686018427387904 is not a SIP response code`
}
