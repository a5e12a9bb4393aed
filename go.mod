module github.com/sipcode/sipcode

go 1.26
