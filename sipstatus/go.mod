module github.com/sipcode/sipcode/sipstatus

go 1.26
