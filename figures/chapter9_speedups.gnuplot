# chapter9_speedups.gnuplot - chapter 9's figure: how many times faster than
# NumPy each implementation trains, per epoch, at each size of the bench's
# sweep. Data: docs/measurements/bench_sweep.dat, written by
#   build/bin/bench --data docs/measurements/bench_sweep.dat
# (columns: hidden, batch, hidden*batch, then seconds per epoch of NumPy,
# readable, fast, Eigen, PyTorch (NaN when it was not installed: gnuplot
# leaves those points out); rows from the smallest problem to the largest).
# Run by the book build: gnuplot -e "data='...'; style='...'; out='...'" this file,
# and again with phone=1 for the narrow rendering (see figures/book.gnuplot).
load style
set output out
set logscale y
set format y "%g×"
set ylabel "times faster than NumPy (per epoch)"
set xlabel "hidden units × examples"
tic_font = phone ? ",12" : ",11"
set xtics rotate by -40 font tic_font
set key top right
set rmargin (phone ? 9 : 10)  # room for the last, slanted label
set yrange [0.05:50000]  # the top decades hold the legend, above the data
plot 1 with lines lt 8 notitle, \
     data using 0:($4/$6):xtic(sprintf("%d×%d", $1, $2)) with linespoints lt 1 title "fast (chapter 9)", \
     data using 0:($4/$7) with linespoints lt 3 title "Eigen", \
     data using 0:($4/$8) with linespoints lt 4 title "PyTorch", \
     data using 0:($4/$5) with linespoints lt 2 title "readable (chapter 5)"
