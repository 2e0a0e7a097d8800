#!/usr/bin/env python3
"""Bad input gets one clear line on stderr and exit code 2, never a crash.

Each case runs one chapter program with one bad input and checks the exit
code, that stderr is exactly one line, and that the line says what was wrong.
A few cases check the other side: --help exits 0, a missing gnuplot only
warns, and a diverging run stops with a message naming the epoch.

    check_cli.py --list                      the case names (CTest registers one test each)
    check_cli.py --bin DIR [--scratch DIR] CASE      run one case
    check_cli.py --bin DIR [--scratch DIR] --all     run every case, print what each printed
"""

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

# name: (program, arguments, expected exit code, words the message must contain)
# "{valid}", "{tmp}" and the weights-file cases are filled in by run_case.
CASES = {
    "lr_not_a_number": ("chapter_5", ["--lr", "abc"], 2, "--lr"),
    "lr_trailing_garbage": ("chapter_5", ["--lr", "0.1abc"], 2, "--lr"),
    "lr_nan": ("chapter_5", ["--lr", "nan"], 2, "--lr must be a number above 0"),
    "lr_infinite": ("chapter_5", ["--lr", "inf"], 2, "--lr must be a number above 0"),
    "lr_zero": ("chapter_5", ["--lr", "0"], 2, "--lr must be a number above 0"),
    "lr_negative": ("chapter_5", ["--lr", "-0.5"], 2, "--lr must be a number above 0"),
    "lr_missing_value": ("chapter_5", ["--lr"], 2, "--lr"),
    "epochs_zero": ("chapter_5", ["--epochs", "0"], 2, "--epochs must be a whole number"),
    "epochs_negative": ("chapter_5", ["--epochs", "-5"], 2, "--epochs must be a whole number"),
    "epochs_absurd": ("chapter_5", ["--epochs", "1000000000"], 2, "from 1 to 1000000"),
    "epochs_not_whole": ("chapter_5", ["--epochs", "2.5"], 2, "--epochs"),
    "epochs_overflowing": ("chapter_5", ["--epochs", "99999999999999999999999"], 2, "--epochs"),
    "hidden_zero": ("chapter_5", ["--hidden", "0"], 2, "--hidden must be a whole number"),
    "hidden_negative": ("chapter_5", ["--hidden", "-3"], 2, "--hidden must be a whole number"),
    "hidden_absurd": ("chapter_5", ["--hidden", "100000"], 2, "from 1 to 4096"),
    "print_every_zero": ("chapter_5", ["--print-every", "0"], 2, "--print-every"),
    "init_scale_zero": ("chapter_5", ["--init-scale", "0"], 2, "--init-scale"),
    "seed_negative": ("chapter_5", ["--seed", "-1"], 2, "--seed must be a whole number"),
    "seed_too_large": ("chapter_5", ["--seed", "4294967296"], 2, "from 0 to 4294967295"),
    "seed_not_a_number": ("chapter_2", ["--seed", "forty-two"], 2, "--seed"),
    "unknown_option": ("chapter_5", ["--learning-rate", "0.1"], 2, "unrecognised option"),
    "option_of_another_chapter": ("chapter_1", ["--seed", "3"], 2, "unrecognised option"),
    # Boost.Program_options loops forever formatting an error about an
    # argument holding one of its %placeholders% (found by tests/fuzz/).
    "placeholder_in_unknown_option": ("chapter_5", ["--x%original_token%"], 2,
                                      "holds a %name% sequence"),
    "placeholder_in_value": ("chapter_5", ["--lr=%value%"], 2,
                             "the value of --lr holds a %name% sequence"),
    "placeholder_in_separate_value": ("chapter_7", ["--activation", "%canonical_option%"], 2,
                                      "the value of --activation holds a %name% sequence"),
    "control_characters_escaped": ("chapter_5", ["--l\x1b[31mr"], 2,
                                   "unrecognised option '--l\\x1b[31mr'"),
    "long_value_shortened": ("chapter_5", ["--" + "x" * 5000], 2, "xxx..."),
    "stray_argument": ("chapter_3", ["extra"], 2, "'extra' is not an option"),
    "bias_nan": ("chapter_1", ["--bias", "nan"], 2, "--bias must be a number from -100 to 100"),
    "guess_above_one": ("chapter_3", ["--guess", "1.5"], 2, "--guess must be a number from 0 to 1"),
    "step_zero": ("chapter_4", ["--step", "0"], 2, "--step must be a number from 1e-300 to 1"),
    "scaling_unknown": ("chapter_5", ["--scaling", "minmax"], 2,
                        "--scaling must be one of none, centre, standardise, got 'minmax'"),
    "depth_zero": ("chapter_7", ["--depth", "0"], 2, "--depth must be a whole number from 1 to 20"),
    "depth_not_whole": ("chapter_7", ["--depth", "2.5"], 2,
                        "--depth must be a whole number from 1 to 20, got 2.5"),
    "width_too_wide": ("chapter_7", ["--width", "1000"], 2, "--width must be a whole number"),
    "activation_unknown": ("chapter_7", ["--activation", "softmax"], 2,
                           "--activation must be one of sigmoid, tanh, relu, got 'softmax'"),
    "init_unknown": ("chapter_7", ["--init", "zeros"], 2, "--init must be one of article"),
    "data_unknown": ("chapter_7", ["--data", "mnist"], 2, "--data must be one of spirals, people"),
    "height_absurd": ("chapter_6", ["--height", "500"], 2, "--height must be a human height"),
    "height_negative": ("chapter_6", ["--height", "-68"], 2, "--height must be a human height"),
    "height_nan": ("chapter_6", ["--height", "nan"], 2, "--height must be a human height"),
    "weight_absurd": ("chapter_6", ["--weight", "2"], 2, "--weight must be a human weight"),
    "weight_with_unit": ("chapter_6", ["--weight", "145lb"], 2, "--weight"),
    "weight_too_heavy": ("chapter_6", ["--weight", "2000"], 2, "--weight must be a human weight"),
    "height_too_short": ("chapter_6", ["--height", "10"], 2, "--height must be a human height"),
    "weights_file_missing": ("chapter_6", ["--weights", "{tmp}/no_such_file.txt"], 2,
                             "cannot open weights file"),
    "weights_file_truncated": ("chapter_6", ["--weights", "{truncated}"], 2,
                               "truncated.txt:"),
    "weights_file_wrong_shape": ("chapter_6", ["--weights", "{wrong_shape}"], 2,
                                 "wrong_shape.txt:5: b1 should be (1,4)"),
    "weights_file_corrupted": ("chapter_6", ["--weights", "{corrupted}"], 2,
                               "corrupted.txt:3: 'x0.25' in W1 is not a number"),
    "weights_file_not_finite": ("chapter_6", ["--weights", "{not_finite}"], 2,
                                "not a finite number"),
    "weights_file_wrong_inputs": ("chapter_6", ["--weights", "{three_inputs}"], 2,
                                  "W1 should have 2 rows"),
    # Damage the checksum finds (the file's last line: '# crc32 ...').
    "weights_file_number_cut_short": ("chapter_6", ["--weights", "{cut_short}"], 2,
                                      "the checksum does not match"),
    "weights_file_byte_changed": ("chapter_6", ["--weights", "{byte_changed}"], 2,
                                  "the checksum does not match"),
    "weights_file_last_line_twice": ("chapter_6", ["--weights", "{last_line_twice}"], 2,
                                     "the checksum does not match"),
    "weights_file_no_checksum": ("chapter_6", ["--weights", "{no_checksum}"], 2,
                                 "the last line should be the checksum"),
    # Damage the reader names itself.
    "weights_file_second_network": ("chapter_6", ["--weights", "{second_network}"], 2,
                                    "expected the end of the file, found 'W1 2 4'"),
    "weights_file_trailing_text": ("chapter_6", ["--weights", "{trailing_text}"], 2,
                                   "expected the end of the file, found 'hello'"),
    "weights_file_hex_number": ("chapter_6", ["--weights", "{hex_number}"], 2,
                                "'0x10' in W1 is not a number"),
    "weights_file_plus_sign": ("chapter_6", ["--weights", "{plus_sign}"], 2,
                               "'+1' in W1 is not a number"),
    "weights_file_huge_header": ("chapter_6", ["--weights", "{huge_header}"], 2,
                                 "W1 (10000,10000) cannot fit in the"),
    "weights_file_huger_header": ("chapter_6", ["--weights", "{huger_header}"], 2,
                                  "W1 (100000,100000) cannot fit in the"),
    "weights_file_is_dev_zero": ("chapter_6", ["--weights", "/dev/zero"], 2,
                                 "/dev/zero: not a regular file"),
    "weights_file_is_a_fifo": ("chapter_6", ["--weights", "{fifo}"], 2,
                               "fifo: not a regular file"),
    "weights_file_is_a_folder": ("chapter_6", ["--weights", "{tmp}"], 2,
                                 "it is a folder, not a file"),
    "weights_save_folder_missing": ("chapter_5", ["--weights", "{tmp}/no/such/w.txt"], 2,
                                    "the folder $TMP/no/such does not exist"),
    # Saved by chapter_5 with subnormal weights (--init-scale 1e-320): read back.
    "weights_file_subnormal_loads": ("chapter_6", ["--weights", "{subnormal}"], 0, ""),
    # Trained with --lr 1e308: finite, saturated weights. Saving warns that the
    # loss is stuck; asking about an extreme person gives inf - inf: an error.
    "training_stuck_warns": ("chapter_5", ["--lr", "1e308"], 0,
                             "warning: the loss has not moved in the last 1000 epochs"),
    "prediction_not_finite": ("chapter_6", ["--weights", "{extreme}", "--height", "20",
                                            "--weight", "1500"], 1,
                              "the network's answer is not a number"),
    # A path is data, never a gnuplot command (the figure goes into a folder
    # with that odd name, and no file INJECTED appears).
    "figure_path_runs_no_command": ("chapter_1", ["--figures",
                                                  "{tmp}/x'; system('touch INJECTED'); print '"],
                                    0, ""),
    "figure_folder_not_writable": ("chapter_1", ["--figures", "{valid}/figures"], 2,
                                   "cannot create figure folder"),
    # Output that cannot be written is a failure, never a silent success.
    "output_disk_full": ("chapter_1", ["--no-figures"], 1, "could not write the output: No space left"),
    # Not bad input, but failures a user may meet; each must end cleanly.
    "training_diverges": ("chapter_5", ["--init-scale", "1e308"], 1,
                          "diverged: the loss became nan at epoch 0 because"),
    # Chapter 8's data file: every kind of damage names the file and line.
    "data_file_missing": ("chapter_8", ["--data", "{tmp}/no_such.csv"], 2,
                          "cannot open data file $TMP/no_such.csv: no such file"),
    "data_file_empty": ("chapter_8", ["--data", "{csv_empty}"], 2,
                        "csv_empty.txt:1: the data file is empty"),
    "data_file_ragged_row": ("chapter_8", ["--data", "{csv_ragged}"], 2,
                             "csv_ragged.txt:5: 30 fields, but line 2 has 31"),
    "data_file_not_a_number": ("chapter_8", ["--data", "{csv_not_a_number}"], 2,
                               "csv_not_a_number.txt:3: column 2: 'abc' is not a number"),
    "data_file_header_wrong": ("chapter_8", ["--data", "{csv_header_wrong}"], 2,
                               "csv_header_wrong.txt:1: the header says 570,30"),
    "data_file_diagnosis_not_0_or_1": ("chapter_8", ["--data", "{csv_diagnosis}"], 2,
                                       "csv_diagnosis.txt:4: column 31: the diagnosis must be"),
    "batch_size_zero": ("chapter_8", ["--batch-size", "0"], 2,
                        "--batch-size must be a whole number from 1"),
    "l2_negative": ("chapter_8", ["--l2", "-0.1"], 2, "--l2 must be a number from 0 to 1"),
    # --- The hostile classes of issue 26, one group each. ---
    # 1. A value forgotten before the next option.
    "lr_value_forgotten": ("chapter_7", ["--lr", "--epochs", "5"], 2, "--lr needs a value"),
    "data_value_forgotten": ("chapter_8", ["--data", "--epochs", "3"], 2, "--data needs a value"),
    "weights_value_forgotten": ("chapter_6", ["--weights", "--no-figures"], 2,
                                "--weights needs a value"),
    "value_forgotten_at_the_end": ("chapter_8", ["--epochs", "3", "--data"], 2,
                                   "--data needs a value"),
    "unknown_option_then_value": ("chapter_8", ["--epoch", "3"], 2, "unrecognised option '--epoch'"),
    # "--" alone once escaped as Boost's ambiguous_option and aborted (found by tests/fuzz/).
    "dashes_alone": ("chapter_5", ["--", "--epochs", "3"], 2, "'--' names no option"),
    "dashes_with_a_value": ("chapter_5", ["--=3"], 2, "'--=3' names no option"),
    # 2. A path is data: control characters refused before they reach gnuplot
    #    or split a message (no file INJECTED appears).
    "figures_path_with_newline": ("chapter_1", ["--figures",
                                                "{tmp}/x\nsystem('touch {tmp}/INJECTED')\n"], 2,
                                  "--figures must be a file or folder name (not empty, no control"),
    "weights_path_with_newline": ("chapter_5", ["--weights", "{tmp}/a\nb.txt"], 2,
                                  "--weights must be a file or folder name"),
    "data_path_with_newline": ("chapter_8", ["--data", "{tmp}/a\nb.csv"], 2,
                               "--data must be a file or folder name"),
    # 3. Figures that cannot be written: one line naming the file, before any work.
    "figure_folder_refuses_files": ("chapter_1", ["--figures", "/proc/self"], 2,
                                    "cannot write in figure folder /proc/self"),
    "figure_file_is_a_folder": ("chapter_1", [], 2,
                                "cannot draw figure $TMP/figs/ch1_sigmoid.svg: a folder has"),
    # 4. Output that cannot be written: exit 1 and one line, whatever the chapter.
    "full_disk_help": ("chapter_1", ["--help"], 1, "could not write the help: No space left"),
    "closed_stdout_help": ("chapter_4", ["--help"], 1, "could not write the help"),
    **{f"output_disk_full_chapter_{n}": (f"chapter_{n}", ["--no-figures"], 1,
                                         "could not write the output: No space left")
       for n in (2, 3, 4, 5, 7, 8)},
    # (chapter 6 told a scaling, so that it trains instead of loading a file it has not got)
    "output_disk_full_chapter_6": ("chapter_6", ["--no-figures", "--scaling", "centre"], 1,
                                   "could not write the output: No space left"),
    # 5. Data chapter 8 cannot train on, named in one line; data it must take.
    "data_six_rows": ("chapter_8", ["--data", "{csv_six_rows}"], 2,
                      "csv_six_rows.txt: 6 malignant and 0 benign rows: the split needs at least 10"),
    "data_one_class": ("chapter_8", ["--data", "{csv_one_class}"], 2,
                       "0 malignant and 357 benign rows"),
    "data_no_features": ("chapter_8", ["--data", "{csv_no_features}"], 2,
                         "csv_no_features.txt: no feature columns"),
    "data_constant_column": ("chapter_8", ["--data", "{csv_constant_column}"], 2,
                             "csv_constant_column.txt: column 1 has no spread"),
    "data_subnormal_column": ("chapter_8", ["--data", "{csv_subnormal_column}"], 2,
                              "csv_subnormal_column.txt: column 1 has no spread"),
    "data_huge_column": ("chapter_8", ["--data", "{csv_huge_column}"], 2,
                         "csv_huge_column.txt: column 1 holds numbers too large to standardise"),
    "data_duplicated_rows_train": ("chapter_8", ["--data", "{csv_duplicated_rows}", "--repeat", "0"],
                                   0, ""),
    # 6. Memory bounded by the input: the table's size is checked before it is made.
    "data_wide_then_long": ("chapter_8", ["--data", "{csv_wide_then_long}"], 2,
                            "csv_wide_then_long.txt:3: 1 fields, but line 2 has 100001"),
    "chapter_9_too_large": ("chapter_9", ["--hidden", "4096", "--batch", "65536"], 2,
                            "--hidden 4096 with --batch 65536 would need about 10.7374 GB"),
    # Every accepted upper limit runs.
    "depth_upper_limit_runs": ("chapter_7", ["--depth", "20", "--epochs", "1",
                                             "--compare-depths", "0", "--no-figures"], 0, ""),
    "hidden_upper_limit_runs": ("chapter_5", ["--hidden", "4096", "--epochs", "2",
                                              "--no-figures"], 0, ""),
    "l2_upper_limit_runs": ("chapter_8", ["--l2", "1", "--epochs", "3", "--repeat", "1",
                                          "--no-figures"], 0, ""),
    "batch_upper_limit_runs": ("chapter_9", ["--batch", "65536", "--hidden", "1", "--epochs", "1",
                                             "--repeats", "1"], 0, ""),
    "repeat_upper_limit_runs": ("chapter_8", ["--repeat", "100", "--epochs", "2",
                                              "--no-figures"], 0, ""),
    # 7. Messages that say the fact: the option first, the value as typed,
    #    the reason the system gave, control characters spelled out.
    "long_value_names_the_option": ("chapter_7", ["--depth", "x" * 300], 2,
                                    "--depth needs a whole number, got 'xxx"),
    "depth_shown_as_typed": ("chapter_7", ["--depth", "20.0000001"], 2, "got 20.0000001"),
    "l2_shown_as_typed": ("chapter_8", ["--l2", "1.0000001"], 2, "got 1.0000001"),
    "data_huge_number_short_message": ("chapter_8", ["--data", "{csv_huge_number}"], 2,
                                       "column 1: 1111"),
    "data_with_bom_reads": ("chapter_8", ["--data", "{csv_with_bom}", "--repeat", "0"], 0, ""),
    "data_escape_in_header_spelled_out": ("chapter_8", ["--data", "{csv_escape_in_header}"], 2,
                                          "the header says \\x1b[31m569,30"),
    "data_symlink_loop": ("chapter_8", ["--data", "{loop}"], 2,
                          "Too many levels of symbolic links"),
    "stuck_below_zero_explained": ("chapter_5", ["--lr", "1e308"], 0,
                                   "below 0 only by the epsilon inside the logarithms"),
    "chapter_8_diverges_at_epoch_1": ("chapter_8", ["--init-scale", "1e308"], 1,
                                      "the loss became -nan at epoch 1 because"),
    # 8. Accepted settings never print NaN (every case checks stdout for it).
    "l2_one_says_undefined": ("chapter_8", ["--l2", "1", "--repeat", "0", "--no-figures"], 0, ""),
    # 9. --weights '' refused before training.
    "weights_empty": ("chapter_5", ["--weights", ""], 2,
                      "--weights must be a file or folder name (not empty, no control characters), got ''"),
    # 9. ... and a signal during a save leaves no temporary file (interrupted_saves).
    "signal_during_save_leaves_no_partial_file": ("chapter_5", [], 0, ""),
    # 10. bench checks its words before minutes of work.
    "bench_help": ("bench", ["--help"], 0, ""),
    "bench_unknown_option": ("bench", ["--no-such-option"], 2,
                             "unrecognised option '--no-such-option'"),
    "bench_data_without_file": ("bench", ["--data"], 2, "--data needs a file name"),
    "no_gnuplot_only_warns": ("chapter_1", [], 0, "figures skipped"),
    "gnuplot_dies_fails": ("chapter_1", [], 1, "error: gnuplot did not draw"),
}
for n in range(1, 9):
    CASES[f"help_chapter_{n}"] = (f"chapter_{n}", ["--help"], 0, "")


def weights_files(tmp, bin_dir):
    """A valid trained-network file from chapter_5, and broken copies of it."""
    valid = tmp / "valid.txt"
    subprocess.run([str(bin_dir / "chapter_5"), "--no-figures", "--epochs", "5",
                    "--weights", str(valid)], stdout=subprocess.DEVNULL, check=True)
    lines = valid.read_text().splitlines(keepends=True)
    # lines: 0 comment, 1 "W1 2 4", 2-3 rows, 4 "b1 1 4", 5 row, 6 "W2 4 1", ...
    files = {
        "truncated": lines[:8],
        "wrong_shape": lines[:4] + ["b1 1 3\n", "0 0 0\n"] + lines[6:],
        "corrupted": lines[:2] + ["x0.25 " + lines[2].split(" ", 1)[1]] + lines[3:],
        "not_finite": lines[:2] + ["nan " + lines[2].split(" ", 1)[1]] + lines[3:],
        "three_inputs": ["W1 3 4\n"] + lines[2:4] + ["1 2 3 4\n"] + lines[4:],
    }
    # Made by chapter_5 with settings that push the numbers to their limits.
    for name, options in (("subnormal", ["--init-scale", "1e-320", "--epochs", "1"]),
                          ("extreme", ["--lr", "1e308"])):
        subprocess.run([str(bin_dir / "chapter_5"), "--no-figures", *options,
                        "--weights", str(tmp / f"{name}.txt")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    b2 = next(i for i, line in enumerate(lines) if line.startswith("b2 ")) + 1  # b2's row
    files.update({
        "cut_short": lines[:b2] + [lines[b2].split(".")[0] + "\n"] + lines[b2 + 1:],  # 0.03 -> 0
        "byte_changed": lines[:2] + [lines[2].replace("1", "7", 1)] + lines[3:],
        "last_line_twice": lines + lines[-1:],
        "no_checksum": lines[:-1],
        "second_network": lines + lines[1:-1],
        "trailing_text": lines + ["hello\n"],
        "hex_number": lines[:2] + ["0x10 " + lines[2].split(" ", 1)[1]] + lines[3:],
        "plus_sign": lines[:2] + ["+1 " + lines[2].split(" ", 1)[1]] + lines[3:],
        "huge_header": ["W1 10000 10000\n"] + lines[2:],
        "huger_header": ["W1 100000 100000\n"] + lines[2:],
    })
    data = (pathlib.Path(__file__).parent.parent / "chapters/08_real_data/data/breast_cancer.csv")
    rows = data.read_text().splitlines(keepends=True)
    files.update({
        "csv_empty": [],
        "csv_ragged": rows[:4] + [rows[4].split(",", 1)[1]] + rows[5:],
        "csv_not_a_number": rows[:2] + [",".join([rows[2].split(",")[0], "abc"] +
                                                 rows[2].split(",")[2:])] + rows[3:],
        "csv_header_wrong": ["570,30,malignant,benign\n"] + rows[1:],
        "csv_diagnosis": rows[:3] + [rows[3].rstrip("\n")[:-1] + "2\n"] + rows[4:],
    })
    # Data chapter 8 cannot train on (hostile class 5), and data it must take.
    body = [r.rstrip("\n") for r in rows[1:]]

    def table(lines):
        features = len(lines[0].split(",")) - 1
        return [f"{len(lines)},{features},malignant,benign\n"] + [line + "\n" for line in lines]

    def first_column(values):
        return [f"{values[i % len(values)]},{r.split(',', 1)[1]}" for i, r in enumerate(body)]

    files.update({
        "csv_six_rows": table(body[:6]),
        "csv_one_class": table([r for r in body if r.endswith(",1")]),
        "csv_no_features": table([r.split(",")[-1] for r in body]),
        "csv_constant_column": table(first_column(["7"])),
        "csv_huge_column": table(first_column(["1e308", "-1e308"])),
        "csv_subnormal_column": table(first_column(["1e-310", "2e-310"])),
        "csv_duplicated_rows": table([body[0]] * 300 + [body[-1]] * 269),
        "csv_with_bom": ["\ufeff"] + rows,
        "csv_huge_number": rows[:1] + ["1" * 1000000 + "," + rows[1].split(",", 1)[1]] + rows[2:],
        "csv_escape_in_header": ["\x1b[31m569,30\n"] + rows[1:],
        # 200 KB of commas on line 2, then 100000 short rows: once 10^10 numbers.
        "csv_wide_then_long": ["1,1\n", "1," * 100000 + "1\n"] + ["1\n"] * 100000,
    })
    paths = {"valid": str(valid), "subnormal": str(tmp / "subnormal.txt"),
             "extreme": str(tmp / "extreme.txt")}
    for name, content in files.items():
        path = tmp / f"{name}.txt"
        path.write_text("".join(content), encoding="utf-8")
        paths[name] = str(path)
    os.mkfifo(tmp / "fifo")
    paths["fifo"] = str(tmp / "fifo")
    (tmp / "loop").symlink_to(tmp / "loop")
    paths["loop"] = str(tmp / "loop")
    return paths


def interrupted_saves(bin_dir, scratch_root):
    """Class 9: SIGINT, SIGTERM or SIGHUP while chapter_5 saves its network
    leaves no .partial-XXXXXX file behind. The folder is watched while each
    run goes, and the signal is sent the moment the temporary file appears."""
    import signal
    with tempfile.TemporaryDirectory(dir=scratch_root) as scratch:
        tmp = pathlib.Path(scratch)
        command = [str(bin_dir / "chapter_5"), "--no-figures", "--epochs", "1",
                   "--weights", str(tmp / "w.txt")]
        caught = 0
        for i in range(40):
            run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while run.poll() is None:
                if any(entry.name.startswith("w.txt.partial-") for entry in os.scandir(tmp)):
                    run.send_signal((signal.SIGINT, signal.SIGTERM, signal.SIGHUP)[i % 3])
                    caught += 1
                    break
            run.wait()
        left = sorted(p.name for p in tmp.glob("*.partial-*"))
    problems = [f"left behind: {' '.join(left)}"] if left else []
    if caught == 0:
        problems.append("no save was seen in progress in 40 runs: nothing was shown")
    return (f"chapter_5 --epochs 1 --weights $TMP/w.txt, 40 runs, {caught} signalled while "
            f"saving", 0, "", problems)


def run_case(name, bin_dir, scratch_root):
    if name == "signal_during_save_leaves_no_partial_file":
        return interrupted_saves(bin_dir, scratch_root)
    program, args, expected_code, words = CASES[name]
    with tempfile.TemporaryDirectory(dir=scratch_root) as scratch:
        tmp = pathlib.Path(scratch)
        paths = {"tmp": str(tmp)}
        if any("{" in a for a in args):
            paths.update(weights_files(tmp, bin_dir))
        args = [a.format(**paths) for a in args]
        env = dict(os.environ)
        if name == "no_gnuplot_only_warns":
            env["PATH"] = str(tmp)  # a PATH with no gnuplot on it
        if name == "gnuplot_dies_fails":  # a "gnuplot" that exits at once
            fake = tmp / "gnuplot"
            fake.write_text("#!/bin/sh\nexit 3\n")
            fake.chmod(0o755)
            env["PATH"] = f"{tmp}:{env['PATH']}"
        if name == "figure_file_is_a_folder":
            (tmp / "figs" / "ch1_sigmoid.svg").mkdir(parents=True)
        if name == "gnuplot_dies_fails":  # an old figure, which must not survive as if drawn
            (tmp / "figs").mkdir()
            (tmp / "figs" / "ch1_sigmoid.svg").write_text("<svg>an old figure</svg>")
        if "--figures" not in args and "--help" not in args and program != "bench":
            args = ["--figures", str(tmp / "figs")] + args  # never the build's own figures
        if program in ("chapter_5", "chapter_6") and "--weights" not in args \
                and "--help" not in args:
            args = ["--weights", str(tmp / "trained.txt")] + args  # never the reader's network
        full = open("/dev/full", "wb") if name.startswith(("output_disk_full", "full_disk_help")) \
            else None
        closed = name == "closed_stdout_help"
        result = subprocess.run([str(bin_dir / program)] + args, env=env, cwd=scratch,
                                stdout=full or (subprocess.DEVNULL if closed else subprocess.PIPE),
                                stderr=subprocess.PIPE, timeout=120,
                                preexec_fn=(lambda: os.close(1)) if closed else None)
        if full:
            full.close()
        injected = any(tmp.rglob("INJECTED"))
        drawn = any(tmp.glob("x'*/ch1_sigmoid.svg"))
        stale = (tmp / "figs" / "ch1_sigmoid.svg").is_file() and name == "gnuplot_dies_fails"
    stderr = result.stderr.decode("utf-8", "replace")
    stdout = (result.stdout or b"").decode("utf-8", "replace")
    shown = " ".join([program] + args).replace(str(tmp), "$TMP").replace("\n", "\\n")
    shown = shown if len(shown) < 200 else shown[:197] + "..."
    problems = []
    if result.returncode != expected_code:
        problems.append(f"exit code {result.returncode}, expected {expected_code}")
    if expected_code != 0 and len(stderr.splitlines()) != 1:
        problems.append(f"stderr has {len(stderr.splitlines())} lines, expected exactly one")
    if words and words not in stderr.replace(str(tmp), "$TMP"):
        problems.append(f"stderr does not mention '{words}'")
    if name.startswith("help_") and "Usage" not in stdout:
        problems.append("--help printed no usage")
    if name.startswith("help_") and not stdout.endswith("\n"):
        problems.append("--help does not end its last line")
    if name == "no_gnuplot_only_warns" and "What to notice" not in stdout:
        problems.append("the chapter did not run to the end")
    # Whatever the case: no NaN or infinity printed as a result, no raw
    # control character (an ESC read from a file) sent to the terminal, no
    # command hidden in a path run, and no stale figure left as if drawn.
    if re.search(r"\b(-?nan|-?inf)\b", stdout, re.IGNORECASE):
        problems.append("stdout shows a NaN or an infinity")
    if "\x1b" in stderr:
        problems.append("stderr holds a raw ESC character")
    if injected:
        problems.append("a command hidden in a path was run (INJECTED exists)")
    if stale:
        problems.append("the old figure is still there, as if gnuplot had drawn it")
    if any(len(line) > 500 for line in stderr.splitlines()):
        problems.append("a line on stderr is over 500 characters long")
    if name == "l2_one_says_undefined" and "precision undefined" not in stdout:
        problems.append("precision (0 / 0: nothing called malignant) is not said to be undefined")
    if name == "figure_path_runs_no_command":
        if not drawn:
            problems.append("no figure in the folder named by --figures")
    return shown, result.returncode, stderr.strip().replace(str(tmp), "$TMP"), problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--bin", type=pathlib.Path)
    parser.add_argument("--scratch", type=pathlib.Path, default=pathlib.Path("."),
                        help="folder for each case's files (CTest gives build/tests/scratch)")
    parser.add_argument("case", nargs="?")
    args = parser.parse_args()
    if args.list:
        print(";".join(CASES))
        return 0
    args.bin = args.bin.resolve()
    args.scratch = args.scratch.resolve()
    names = list(CASES) if args.all else [args.case]
    failed = 0
    for name in names:
        shown, code, stderr, problems = run_case(name, args.bin, args.scratch)
        first = stderr.splitlines()[0] if stderr else ""
        print(f"{'ok  ' if not problems else 'FAIL'} {name}: `{shown}` -> exit {code}: {first}")
        for problem in problems:
            print(f"     {problem}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
