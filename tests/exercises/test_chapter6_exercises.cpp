// Chapter 6's exercise tests (prediction): one test case per exercise,
// exercise/NN_name, run against the reference solutions in the default build
// and against the student's files (chapters/*/exercises/) in the `exercises`
// build. How they are checked for honesty: tests/exercises/CMakeLists.txt.
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "exercise_check.h"
#include "exercise_fixtures.h"
#include "reference_file.h"

TEST_CASE("exercise/13_predict_probability") {
  const Exercise exercise =
      about(13, {"The new person must be prepared exactly like the four training people.",
                 "x = ((height, weight) - scaling.shift) / scaling.divide; P(male) = the "
                 "network's output for x.",
                 "Make a (1,2) row, scale it with scale_inputs(row, scaling), run forward, and "
                 "read element (0,0) of the (1,1) y_hat."});
  INFO(exercise.explanation());
  const InputScaling centred = input_scaling(Scaling::centre, people_raw());
  check_close("P(male) for 68 in, 145 lb (NumPy's new_person_probability)",
              predict_probability(numpy_trained(), centred, 68, 145),
              numpy()["new_person_probability"](0, 0), kParityTolerance);
  const Network trained = numpy_trained();
  check_close("P(male) for 60 in, 120 lb", predict_probability(trained, centred, 60, 120),
              forward_by_hand(trained, Matrix{{-7, -20}}).y_hat(0, 0), kExact);
  // Another scaling: the person is scaled with it, not with the article's.
  const InputScaling other{Matrix{{60, 100}}, Matrix{{4, 20}}};
  check_close("P(male) for 68 in, 145 lb, scaled by shift (60, 100) and divide (4, 20)",
              predict_probability(trained, other, 68, 145),
              forward_by_hand(trained, Matrix{{2, 2.25}}).y_hat(0, 0), kExact);
}
