package demo

import (
	"context"
	"errors"

	"github.com/emiago/diago"
	"github.com/emiago/sipgo/sip"
)

// answer declines a call through diago; DialogServerSession embeds sipgo's,
// so this is sipgo's Respond.
func answer(d *diago.DialogServerSession) error {
	return d.Respond(603, "Declined", nil)
}

// register retries on a challenge.
func register(ctx context.Context, dg *diago.Diago, registrar sip.Uri) error {
	err := dg.Register(ctx, registrar, diago.RegisterOptions{})
	var rerr *diago.RegisterResponseError
	if errors.As(err, &rerr) && rerr.StatusCode() == 401 {
		return nil
	}
	return err
}
