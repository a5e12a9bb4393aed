package astx

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// Unwrap looks through parentheses and integer conversions: in
// sip.StatusCode(486) the code is 486.
func Unwrap(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || !IsConversion(info, call) {
			return e
		}
		if t := info.TypeOf(call); t == nil || !IsInteger(t) {
			return e
		}
		e = call.Args[0]
	}
}

// IsConversion reports whether call converts its one argument to a type.
func IsConversion(info *types.Info, call *ast.CallExpr) bool {
	tv, ok := info.Types[call.Fun]
	return ok && tv.IsType() && len(call.Args) == 1
}

// ConstantOf returns the named constant e refers to, if it is one.
func ConstantOf(info *types.Info, e ast.Expr) (*types.Const, bool) {
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil, false
	}
	k, ok := info.Uses[id].(*types.Const)
	return k, ok && k.Pkg() != nil
}

// IntValue returns v as an int if it is an integer that fits one.
func IntValue(v constant.Value) (int, bool) {
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return 0, false
	}
	n, exact := constant.Int64Val(v)
	if !exact || n != int64(int(n)) {
		return 0, false
	}
	return int(n), true
}

// CallArgs returns the arguments in parameter order: a method expression
// call T.M(x, a) passes the receiver first.
func CallArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr && len(call.Args) > 0 {
			return call.Args[1:]
		}
	}
	return call.Args
}

// HasSpread reports f(a, xs...), whose last argument fills the variadic
// parameter.
func HasSpread(call *ast.CallExpr) bool { return call.Ellipsis.IsValid() }

// EnclosingFunc returns the function declaration a node is in, or nil: the
// second entry of the stack, after the file.
func EnclosingFunc(stack []ast.Node) *ast.FuncDecl {
	if len(stack) < 2 {
		return nil
	}
	fd, _ := stack[1].(*ast.FuncDecl)
	return fd
}

// ParamIndex returns the index of v among sig's parameters, or -1. The
// variadic parameter is a slice: it holds no code.
func ParamIndex(sig *types.Signature, v *types.Var) int {
	params := sig.Params()
	for i := range params.Len() {
		if params.At(i) == v {
			if sig.Variadic() && i == params.Len()-1 {
				return -1
			}
			return i
		}
	}
	return -1
}

// IsParamOrResult reports whether v is a parameter or named result of fd,
// or whether fd's object is unknown (then v is treated as coming from
// elsewhere).
func IsParamOrResult(info *types.Info, fd *ast.FuncDecl, v *types.Var) bool {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return true // be safe: treat it as coming from elsewhere
	}
	for _, tuple := range []*types.Tuple{fn.Signature().Params(), fn.Signature().Results()} {
		for p := range tuple.Variables() {
			if p == v {
				return true
			}
		}
	}
	return false
}

// DeclaredValue returns the expression that declares k, a constant or a
// variable of one of files, when its declaration spells one (not iota's
// implicit repetition, not one result of several), or nil.
func DeclaredValue(files []*ast.File, info *types.Info, k types.Object) ast.Expr {
	for _, file := range files {
		if file.FileStart > k.Pos() || k.Pos() >= file.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(file, k.Pos(), k.Pos())
		for _, n := range path {
			spec, ok := n.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for i, name := range spec.Names {
				if info.Defs[name] == k && len(spec.Values) == len(spec.Names) {
					return spec.Values[i]
				}
			}
			return nil
		}
	}
	return nil
}
