package astx

import "go/types"

// IsInteger reports whether t is an integer type, or a type parameter
// whose every type is one (func reply[T ~int](code T)).
func IsInteger(t types.Type) bool { return allBasic(t, types.IsInteger) }

// IsString reports whether t is a string type, or a type parameter whose
// every type is one.
func IsString(t types.Type) bool { return allBasic(t, types.IsString) }

// IsUntyped reports whether t is an untyped basic type.
func IsUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

func allBasic(t types.Type, info types.BasicInfo) bool {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return allTerms(tp, info)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&info != 0
}

func allTerms(tp *types.TypeParam, info types.BasicInfo) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	found := false
	for i := range iface.NumEmbeddeds() {
		union, ok := iface.EmbeddedType(i).(*types.Union)
		if !ok {
			continue
		}
		for j := range union.Len() {
			if !allBasic(union.Term(j).Type(), info) {
				return false
			}
			found = true
		}
	}
	return found
}
