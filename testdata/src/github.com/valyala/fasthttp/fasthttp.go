// Package fasthttp is a stub of github.com/valyala/fasthttp for
// analysistest, written from its published signatures. (The analysistest
// cases use it rather than net/http, which analysistest would load with all
// its dependencies from source; the e2e demo covers the real net/http.)
package fasthttp

const (
	StatusSwitchingProtocols = 101
	StatusOK                 = 200
	StatusUnauthorized       = 401
	StatusBadRequest         = 400
	StatusConflict           = 409
	StatusGatewayTimeout     = 504
)

type RequestCtx struct{}

func (ctx *RequestCtx) SetStatusCode(statusCode int) {}

type Response struct{}

func (resp *Response) StatusCode() int { return 0 }
