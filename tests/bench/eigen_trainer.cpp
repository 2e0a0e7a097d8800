// eigen_trainer.cpp - chapter 5's epoch in Eigen, written plainly: no
// workspace, no fusion, just the expressions (Eigen fuses element-wise ones
// itself and calls its blocked, vectorised kernels for the products).
#include "eigen_trainer.h"

#include <Eigen/Core>  // matrices and their products: all this file uses

#include "03_loss/loss.h"  // kLogEpsilon

namespace {

Eigen::MatrixXd to_eigen(const Matrix& m) {
  Eigen::MatrixXd out(m.rows(), m.cols());
  for (int r = 0; r < m.rows(); ++r) {
    for (int c = 0; c < m.cols(); ++c) out(r, c) = m(r, c);
  }
  return out;
}

}  // namespace

const char* eigen_version() {
#define NN_TEXT(x) #x
#define NN_VERSION(a, b, c) NN_TEXT(a) "." NN_TEXT(b) "." NN_TEXT(c)
  return NN_VERSION(EIGEN_WORLD_VERSION, EIGEN_MAJOR_VERSION, EIGEN_MINOR_VERSION);
}

double train_eigen(const Network& start, const Matrix& X_in, const Matrix& y_in,
                   const Settings& settings) {
  const Eigen::MatrixXd X = to_eigen(X_in), y = to_eigen(y_in);
  Eigen::MatrixXd W1 = to_eigen(start.W1), W2 = to_eigen(start.W2);
  Eigen::RowVectorXd b1 = to_eigen(start.b1), b2 = to_eigen(start.b2);
  const double n = static_cast<double>(X.rows()), lr = settings.learning_rate;
  double loss = 0.0;
  for (int epoch = 0; epoch < settings.epochs; ++epoch) {
    Eigen::MatrixXd Z1 = X * W1;
    Z1.rowwise() += b1;
    const Eigen::MatrixXd A1 = (1.0 + (-Z1.array()).exp()).inverse().matrix();
    Eigen::MatrixXd Z2 = A1 * W2;
    Z2.rowwise() += b2;
    const Eigen::MatrixXd Y_hat = (1.0 + (-Z2.array()).exp()).inverse().matrix();
    loss = -(y.array() * (Y_hat.array() + kLogEpsilon).log() +
             (1.0 - y.array()) * (1.0 - Y_hat.array() + kLogEpsilon).log())
                .mean();
    const Eigen::MatrixXd dZ2 = Y_hat - y;
    const Eigen::MatrixXd dW2 = A1.transpose() * dZ2 / n;
    const Eigen::RowVectorXd db2 = dZ2.colwise().mean();
    const Eigen::MatrixXd dZ1 =
        ((dZ2 * W2.transpose()).array() * A1.array() * (1.0 - A1.array())).matrix();
    const Eigen::MatrixXd dW1 = X.transpose() * dZ1 / n;
    const Eigen::RowVectorXd db1 = dZ1.colwise().mean();
    W1 -= lr * dW1;
    b1 -= lr * db1;
    W2 -= lr * dW2;
    b2 -= lr * db2;
  }
  return loss;
}
