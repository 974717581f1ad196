// What Go's strconv package has (go1.27.3) and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks AppendBool AppendFloat AppendQuoteRune AppendQuoteRuneToASCII
//dojo:lacks AppendQuoteRuneToGraphic AppendQuoteToASCII
//dojo:lacks AppendQuoteToGraphic FormatComplex IsGraphic ParseComplex
//dojo:lacks QuoteRuneToGraphic QuoteToGraphic QuotedPrefix

package strconv
