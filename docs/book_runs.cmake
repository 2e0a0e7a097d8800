# The runs the book shows: one of each chapter program, and a few
# experiments, each a run of its own. Included by the top-level CMakeLists.txt,
# so that the book (docs/) runs them and the tests (tests/) check them
# against the golden transcripts in tests/golden/, with or without the book.
#
# Sets NN_BOOK_RUNS (the names, chapter_9 last), and for each name RUN:
#   NN_BOOK_PROGRAM_RUN   the program (chapter_N)
#   NN_BOOK_RUN_ARGS_RUN  its options
# A run's transcript is RUN.txt: what the pages claim about it, it prints.
# Chapter 5 saves the trained network in the run's folder (--weights) and
# chapter 6 reads it there.
set(NN_BOOK_RUN_ARGS_chapter_5 --weights trained_network.txt)
set(NN_BOOK_RUN_ARGS_chapter_6 --weights trained_network.txt)
set(NN_BOOK_EXPERIMENTS
  "chapter_1_bias_2_35|chapter_1|--bias 2.35 --no-figures"
  "chapter_1_bias_4_6|chapter_1|--bias 4.6 --no-figures"
  "chapter_2_scaling_none|chapter_2|--scaling none --no-figures"
  "chapter_3_guess_0_999|chapter_3|--guess 0.999 --no-figures"
  "chapter_3_guess_1e-9|chapter_3|--guess 1e-9 --no-figures"
  "chapter_4_step_1e-2|chapter_4|--step 1e-2 --no-figures"
  "chapter_4_step_1e-12|chapter_4|--step 1e-12 --no-figures"
  "chapter_4_scaling_none|chapter_4|--scaling none --no-figures"
  "chapter_5_lr50|chapter_5|--lr 50 --epochs 4 --print-every 1 --no-figures --weights lr50.txt"
  "chapter_5_lr500|chapter_5|--lr 500 --epochs 3 --print-every 1 --no-figures --weights lr500.txt"
  "chapter_5_scaling_none|chapter_5|--scaling none --no-figures --weights scaling_none.txt"
  "chapter_5_scaling_none_lr0_01|chapter_5|--scaling none --lr 0.01 --no-figures --weights scaling_none_lr0_01.txt"
  "chapter_6_standardise|chapter_6|--scaling standardise --weights standardise.txt"
  "chapter_6_tall_light|chapter_6|--height 74 --weight 130 --weights trained_network.txt --no-figures"
  "chapter_6_tall_light_standardise|chapter_6|--height 74 --weight 130 --scaling standardise --weights standardise.txt --no-figures"
  "chapter_7_relu_he|chapter_7|--activation relu --init he"
  "chapter_7_relu_lr0_5|chapter_7|--activation relu --init he --lr 0.5 --compare-depths 0 --no-figures"
  "chapter_7_tanh_lecun|chapter_7|--activation tanh --init lecun --compare-depths 0 --no-figures"
  "chapter_7_tanh_xavier|chapter_7|--activation tanh --init xavier --compare-depths 0 --no-figures"
  "chapter_7_relu_lr0_15|chapter_7|--activation relu --init he --lr 0.15 --epochs 400 --print-every 20 --compare-depths 0 --no-figures"
  "chapter_7_people_depth1|chapter_7|--data people --depth 1 --width 4 --lr 0.15 --epochs 4000 --print-every 400 --no-figures"
  "chapter_8_overfit|chapter_8|--hidden 64 --lr 0.5 --epochs 300 --print-every 30 --repeat 0"
  "chapter_8_overfit_patience|chapter_8|--hidden 64 --lr 0.5 --epochs 300 --print-every 30 --repeat 0 --patience 20 --no-figures"
  "chapter_8_overfit_l2|chapter_8|--hidden 64 --lr 0.5 --epochs 300 --print-every 30 --repeat 0 --l2 0.01 --no-figures"
  "chapter_8_batch_1|chapter_8|--batch-size 1 --epochs 20 --print-every 2 --repeat 0 --no-figures"
  "chapter_8_full_batch|chapter_8|--batch-size 341 --repeat 0 --no-figures")

set(NN_BOOK_RUNS ${NN_CHAPTER_PROGRAMS})
list(REMOVE_ITEM NN_BOOK_RUNS chapter_9)  # timed: it runs last, alone (docs/CMakeLists.txt)
foreach(program IN LISTS NN_BOOK_RUNS)
  set(NN_BOOK_PROGRAM_${program} ${program})  # a chapter's own run
endforeach()
foreach(experiment IN LISTS NN_BOOK_EXPERIMENTS)
  string(REPLACE "|" ";" fields "${experiment}")
  list(GET fields 0 name)
  list(GET fields 1 NN_BOOK_PROGRAM_${name})
  list(GET fields 2 options)
  separate_arguments(NN_BOOK_RUN_ARGS_${name} UNIX_COMMAND "${options}")
  list(APPEND NN_BOOK_RUNS ${name})
endforeach()
list(APPEND NN_BOOK_RUNS chapter_9)
set(NN_BOOK_PROGRAM_chapter_9 chapter_9)
