module example.com/gosiplike

go 1.26
