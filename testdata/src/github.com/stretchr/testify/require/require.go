// Package require is a stub of github.com/stretchr/testify/require v1.11.1 for
// analysistest, written from its published signatures: declarations only.
package require

type TestingT interface {
	Errorf(format string, args ...interface{})
	FailNow()
}

type Assertions struct{ t TestingT }

func New(t TestingT) *Assertions { return &Assertions{t} }

func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}

func (a *Assertions) Equal(expected, actual interface{}, msgAndArgs ...interface{}) {}

func Equalf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) {}

func (a *Assertions) Equalf(expected, actual interface{}, msg string, args ...interface{}) {}

func NotEqual(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}

func (a *Assertions) NotEqual(expected, actual interface{}, msgAndArgs ...interface{}) {}

func NotEqualf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) {}

func (a *Assertions) NotEqualf(expected, actual interface{}, msg string, args ...interface{}) {}

func EqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}

func (a *Assertions) EqualValues(expected, actual interface{}, msgAndArgs ...interface{}) {}

func EqualValuesf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) {}

func (a *Assertions) EqualValuesf(expected, actual interface{}, msg string, args ...interface{}) {}

func NotEqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}

func (a *Assertions) NotEqualValues(expected, actual interface{}, msgAndArgs ...interface{}) {}

func NotEqualValuesf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) {}

func (a *Assertions) NotEqualValuesf(expected, actual interface{}, msg string, args ...interface{}) {}

func Exactly(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {}

func (a *Assertions) Exactly(expected, actual interface{}, msgAndArgs ...interface{}) {}

func Exactlyf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) {}

func (a *Assertions) Exactlyf(expected, actual interface{}, msg string, args ...interface{}) {}
