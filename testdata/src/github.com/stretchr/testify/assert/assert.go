// Package assert is a stub of github.com/stretchr/testify/assert v1.11.1 for
// analysistest, written from its published signatures: declarations only.
package assert

type TestingT interface {
	Errorf(format string, args ...interface{})
}

type Assertions struct{ t TestingT }

func New(t TestingT) *Assertions { return &Assertions{t} }

func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool { return true }

func (a *Assertions) Equal(expected, actual interface{}, msgAndArgs ...interface{}) bool { return true }

func Equalf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func (a *Assertions) Equalf(expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func NotEqual(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool { return true }

func (a *Assertions) NotEqual(expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

func NotEqualf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func (a *Assertions) NotEqualf(expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func EqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

func (a *Assertions) EqualValues(expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

func EqualValuesf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func (a *Assertions) EqualValuesf(expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func NotEqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

func (a *Assertions) NotEqualValues(expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

func NotEqualValuesf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func (a *Assertions) NotEqualValuesf(expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func Exactly(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool { return true }

func (a *Assertions) Exactly(expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

func Exactlyf(t TestingT, expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

func (a *Assertions) Exactlyf(expected, actual interface{}, msg string, args ...interface{}) bool {
	return true
}
func Greater(t TestingT, e1, e2 interface{}, msgAndArgs ...interface{}) bool { return true }
