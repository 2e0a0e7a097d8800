// Chapter 6's tests beyond its exercises (tests/exercises/): the new person
// is scaled like the training people, and chapter_6 prints NumPy's answer.
#include <string>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "06_prediction/prediction.h"
#include "catch.h"
#include "check_close.h"
#include "program_output.h"
#include "reference_file.h"
#include "scratch_file.h"

TEST_CASE("chapter6/prediction_centres_the_new_person") {
  // A 2-2-1 network small enough to check by hand (chapter 2's tests use it too).
  const Network net{Matrix{{1, -1}, {0.5, 2}}, Matrix{{0, 1}}, Matrix{{2}, {-1}}, Matrix{{0.5}}};
  // 68 in, 145 lb centred is (1, 5): the same as feeding (1, 5) to forward.
  const double expected = forward(net, Matrix{{1, 5}}).y_hat(0, 0);
  const InputScaling centred = input_scaling(Scaling::centre, people_raw());
  REQUIRE(check_close("P(male) for 68 in, 145 lb", predict_probability(net, centred, 68, 145),
                      expected, kExact));
}

TEST_CASE("programs/chapter6_prints_numpy_probability") {
  const ReferenceFile& numpy = numpy_reference();
  const std::string weights = scratch_file("chapter6-weights.txt");
  output_of(std::string(NN_CHAPTER_5) + " --no-figures" + options_for(numpy.settings()) +
            " --weights " + weights);
  const std::string output =
      output_of(std::string(NN_CHAPTER_6) + " --no-figures --weights " + weights);
  std::filesystem::remove(weights);
  const std::string line =
      "P(male) = " + printf_string("%.3f", numpy["new_person_probability"](0, 0));
  INFO("looking for '" << line << "' in chapter_6's output:\n" << output);
  CHECK(output.find(line) != std::string::npos);
}
