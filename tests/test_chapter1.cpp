// Chapter 1's tests beyond its exercises (tests/exercises/): the message a
// student meets when a neuron gets the wrong number of inputs.
#include "01_single_neuron/neuron.h"
#include "catch.h"

TEST_CASE("chapter1/neuron_wrong_input_size") {
  const Neuron neuron{Matrix{{0.4}, {-1.2}, {0.7}}, 0.1};
  REQUIRE_THROWS_WITH(neuron.forward(Matrix{{1.0, 2.0}}),
                      "matmul: (1,2) @ (3,1): inner dimensions 2 and 3 differ");
}
