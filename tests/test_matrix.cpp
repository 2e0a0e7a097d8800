// Tests for common/matrix.h: every operation, and every shape error's message.
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "catch.h"
#include "matrix.h"

namespace {

// Element-by-element equality; prints both matrices when they differ.
void require_equal(const Matrix& got, const Matrix& expected) {
  INFO("got " << got.shape() << "\n"
              << format(got) << "expected " << expected.shape() << "\n"
              << format(expected));
  REQUIRE(got.rows() == expected.rows());
  REQUIRE(got.cols() == expected.cols());
  REQUIRE(got.values() == expected.values());
}

const Matrix A{{1, 2, 3}, {4, 5, 6}};     // (2,3)
const Matrix B{{6, 5, 4}, {3, 2, 1}};     // (2,3)
const Matrix C{{1, 0}, {0, 1}, {2, -1}};  // (3,2)

}  // namespace

TEST_CASE("matrix/construct_and_shape") {
  const Matrix zeros(2, 3);
  REQUIRE(zeros.rows() == 2);
  REQUIRE(zeros.cols() == 3);
  REQUIRE(zeros.size() == 6);
  REQUIRE(zeros.shape() == "(2,3)");
  REQUIRE(zeros.values() == std::vector<double>(6, 0.0));
  REQUIRE(Matrix(1, 2, 7.5).values() == std::vector<double>{7.5, 7.5});
  REQUIRE(Matrix().shape() == "(0,0)");
  REQUIRE(A(0, 2) == 3);  // row-major: row 0, column 2
  REQUIRE(A(1, 0) == 4);
}

TEST_CASE("matrix/element_write") {
  Matrix m(2, 2);
  m(1, 0) = 9;
  require_equal(m, Matrix{{0, 0}, {9, 0}});
}

TEST_CASE("matrix/bad_construction_errors") {
  REQUIRE_THROWS_WITH((Matrix{{1, 2}, {3}}), "Matrix: row 1 has 1 values but row 0 has 2");
  REQUIRE_THROWS_WITH(Matrix(-1, 2), "Matrix: shape (-1,2) has a negative side");
  REQUIRE_THROWS_AS(Matrix(-1, 2), ShapeError);
}

TEST_CASE("matrix/index_out_of_range_error") {
  REQUIRE_THROWS_WITH(A(2, 0), "Matrix (2,3): element (2,0) is outside the matrix");
  REQUIRE_THROWS_WITH(A(0, -1), "Matrix (2,3): element (0,-1) is outside the matrix");
  REQUIRE_THROWS_AS(A(0, 3), std::out_of_range);
}

TEST_CASE("matrix/add_subtract") {
  require_equal(A + B, Matrix{{7, 7, 7}, {7, 7, 7}});
  require_equal(A - B, Matrix{{-5, -3, -1}, {1, 3, 5}});
  REQUIRE_THROWS_WITH(A + C, "add: (2,3) + (3,2): element-wise operations need equal shapes");
  REQUIRE_THROWS_WITH(A - C, "subtract: (2,3) - (3,2): element-wise operations need equal shapes");
  REQUIRE_THROWS_AS(A + C, ShapeError);
}

TEST_CASE("matrix/hadamard_and_divide_elementwise") {
  require_equal(hadamard(A, B), Matrix{{6, 10, 12}, {12, 10, 6}});
  require_equal(divide_elementwise(A, Matrix{{1, 2, 3}, {8, 10, 12}}),
                Matrix{{1, 1, 1}, {0.5, 0.5, 0.5}});
  REQUIRE_THROWS_WITH(hadamard(A, C),
                      "hadamard: (2,3) * (3,2): element-wise operations need equal shapes");
  REQUIRE_THROWS_WITH(
      divide_elementwise(A, C),
      "divide_elementwise: (2,3) / (3,2): element-wise operations need equal shapes");
}

TEST_CASE("matrix/scalar_operations") {
  require_equal(2.0 * A, Matrix{{2, 4, 6}, {8, 10, 12}});
  require_equal(A * 2.0, Matrix{{2, 4, 6}, {8, 10, 12}});
  require_equal(A / 2.0, Matrix{{0.5, 1, 1.5}, {2, 2.5, 3}});
  require_equal(A + 1.0, Matrix{{2, 3, 4}, {5, 6, 7}});
  require_equal(1.0 + A, Matrix{{2, 3, 4}, {5, 6, 7}});
  require_equal(A - 1.0, Matrix{{0, 1, 2}, {3, 4, 5}});
  require_equal(1.0 - A, Matrix{{0, -1, -2}, {-3, -4, -5}});
}

TEST_CASE("matrix/map_and_zip_with") {
  require_equal(map(A, [](double x) { return x * x; }), Matrix{{1, 4, 9}, {16, 25, 36}});
  require_equal(zip_with("max", "vs", A, B, [](double x, double y) { return std::fmax(x, y); }),
                Matrix{{6, 5, 4}, {4, 5, 6}});
  REQUIRE_THROWS_WITH(zip_with("max", "vs", A, C, [](double x, double) { return x; }),
                      "max: (2,3) vs (3,2): element-wise operations need equal shapes");
}

TEST_CASE("matrix/matmul") {
  // (2,3) @ (3,2) -> (2,2): [1 2 3].[1 0 2] = 7, [1 2 3].[0 1 -1] = -1, ...
  require_equal(matmul(A, C), Matrix{{7, -1}, {16, -1}});
  // (3,2) @ (2,3) -> (3,3)
  require_equal(matmul(C, A), Matrix{{1, 2, 3}, {4, 5, 6}, {-2, -1, 0}});
  // A row times a column is one number: the neuron's weighted sum.
  require_equal(matmul(Matrix{{1, 2}}, Matrix{{3}, {4}}), Matrix{{11}});
}

TEST_CASE("matrix/matmul_shape_error") {
  const Matrix X(4, 2);
  const Matrix y(4, 1);
  REQUIRE_THROWS_WITH(matmul(X, y), "matmul: (4,2) @ (4,1): inner dimensions 2 and 4 differ");
  REQUIRE_THROWS_WITH(matmul(A, B), "matmul: (2,3) @ (2,3): inner dimensions 3 and 2 differ");
  REQUIRE_THROWS_AS(matmul(A, B), ShapeError);
}

TEST_CASE("matrix/transpose_matmul") {
  // Same as matmul(transpose(a), b), without the transposed copy.
  require_equal(transpose_matmul(C, Matrix{{1, 2}, {3, 4}, {5, 6}}),
                matmul(transpose(C), Matrix{{1, 2}, {3, 4}, {5, 6}}));
  require_equal(transpose_matmul(A, B), matmul(transpose(A), B));
  REQUIRE_THROWS_WITH(transpose_matmul(A, C),
                      "transpose_matmul: (2,3)^T @ (3,2): inner dimensions 2 and 3 differ");
}

TEST_CASE("matrix/matmul_matrix_times_vector") {
  // One column on the right takes matmul's dot-product path.
  require_equal(matmul(A, Matrix{{1}, {0}, {-1}}), Matrix{{-2}, {-2}});
}

TEST_CASE("matrix/transpose_larger_than_a_tile") {
  Matrix big(70, 45);  // more than one 32 x 32 tile each way
  for (int i = 0; i < big.size(); ++i) big.values()[i] = i;
  const Matrix t = transpose(big);
  REQUIRE(t.shape() == "(45,70)");
  for (int r = 0; r < 70; ++r) {
    for (int c = 0; c < 45; ++c) REQUIRE(t(c, r) == big(r, c));
  }
}

TEST_CASE("matrix/transpose") {
  require_equal(transpose(A), Matrix{{1, 4}, {2, 5}, {3, 6}});
  require_equal(transpose(transpose(A)), A);
  require_equal(transpose(Matrix{{1, 2, 3}}), Matrix{{1}, {2}, {3}});
}

TEST_CASE("matrix/add_to_each_row") {
  require_equal(add_to_each_row(A, Matrix{{10, 20, 30}}), Matrix{{11, 22, 33}, {14, 25, 36}});
  REQUIRE_THROWS_WITH(add_to_each_row(A, Matrix{{1, 2}}),
                      "add_to_each_row: (2,3) + (1,2): the row must be (1,3)");
  REQUIRE_THROWS_WITH(add_to_each_row(A, B),
                      "add_to_each_row: (2,3) + (2,3): the row must be (1,3)");
}

TEST_CASE("matrix/column_means") {
  require_equal(column_means(A), Matrix{{2.5, 3.5, 4.5}});
  require_equal(column_means(Matrix{{1, 2}}), Matrix{{1, 2}});
  REQUIRE_THROWS_WITH(column_means(Matrix(0, 3)), "column_means: (0,3): no rows to average");
}

TEST_CASE("matrix/mean") {
  REQUIRE(mean(A) == 3.5);
  REQUIRE(mean(Matrix{{-1, 1}}) == 0.0);
  REQUIRE_THROWS_WITH(mean(Matrix()), "mean: (0,0): no elements to average");
}

TEST_CASE("matrix/max_abs_difference") {
  REQUIRE(max_abs_difference(A, A) == 0.0);
  REQUIRE(max_abs_difference(A, B) == 5.0);
  REQUIRE_THROWS_WITH(max_abs_difference(A, C),
                      "max_abs_difference: (2,3) vs (3,2): element-wise operations need equal "
                      "shapes");
}

TEST_CASE("matrix/print_with_shape") {
  std::ostringstream out;
  print(out, "A", Matrix{{1, -2.5}}, 2);
  REQUIRE(out.str() == "A (1,2)\n  [   1.00  -2.50 ]\n");
  REQUIRE(format(Matrix{{0.12345}, {1}}, 3) == "  [   0.123 ]\n  [   1.000 ]\n");
}
