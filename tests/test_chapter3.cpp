// Chapter 3's tests beyond its exercises (tests/exercises/): the message a
// student meets when predictions and labels differ in shape.
#include "03_loss/loss.h"
#include "catch.h"

TEST_CASE("chapter3/bce_shape_error") {
  REQUIRE_THROWS_WITH(bce_loss(Matrix(4, 1), Matrix(1, 4)),
                      "bce_loss: (4,1) vs (1,4): element-wise operations need equal shapes");
}
