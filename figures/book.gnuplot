# book.gnuplot - the one look every figure in the book shares.
# Loaded by figures/figure.cpp before each chapter's own plot commands.

# Two renderings of every figure (figures/figure.cpp): the page's, and with
# phone = 1 a narrower one for screens under 600 px, whose text is still 10 px
# or more when the figure is scaled to a 390 px phone's 358 px of text width.
if (!exists("phone")) phone = 0
if (phone) {
  set terminal svg size 400,320 dynamic enhanced font "DejaVu Sans,12" background rgb "white"
} else {
  set terminal svg size 720,440 dynamic enhanced font "DejaVu Sans,14" background rgb "white"
}
set encoding utf8

# Frame and grid: light, so the data stands out.
set border 3 lw 1 lc rgb "#555555"
set tics nomirror out scale 0.6 textcolor rgb "#333333"
set grid xtics ytics lw 1 lc rgb "#e4e4e4"
set format x "%g"
set format y "%g"
set key top left box lc rgb "#cccccc" opaque samplen 2 spacing 1.2

# The book's palette (colour-blind safe, from Okabe & Ito), one style per role.
set linetype 1 lc rgb "#0072B2" lw 2.5 pt 7 ps 1.2   # blue: the main curve
set linetype 2 lc rgb "#D55E00" lw 2.5 pt 5 ps 1.2   # vermillion: the second curve
set linetype 3 lc rgb "#009E73" lw 2.5 pt 9 ps 1.4   # green
set linetype 4 lc rgb "#CC79A7" lw 2.5 pt 11 ps 1.4  # purple
set linetype 5 lc rgb "#E69F00" lw 2.5 pt 13 ps 1.4  # orange
set linetype 6 lc rgb "#56B4E9" lw 2.5 pt 3 ps 1.2   # sky blue
set linetype 7 lc rgb "#000000" lw 1.5 pt 7 ps 1.3   # black: marked points, the new person
set linetype 8 lc rgb "#999999" lw 1.5 dt 2          # grey dashed: guides and references
