#include "core/formats/json_writer.h"

#include "core/formats/number_format.h"

namespace bp {

std::string jsonNumbers(const double *values, Eigen::Index count, Eigen::Index stride)
{
    std::string text = "[";
    for (Eigen::Index i = 0; i < count; ++i) {
        if (i)
            text += ", ";
        text += formatNumber(values[i * stride]);
    }
    return text + "]";
}

std::string jsonNumbers(const Vector &values)
{
    return jsonNumbers(values.data(), values.size());
}

std::string jsonRows(const Matrix &matrix, const std::string &rowSeparator)
{
    std::string text = "[";
    for (Eigen::Index j = 0; j < matrix.rows(); ++j) {
        if (j)
            text += rowSeparator;
        text += matrix.cols() ? jsonNumbers(&matrix(j, 0), matrix.cols(), matrix.rows()) : "[]";
    }
    return text + "]";
}

std::string jsonColumns(const Matrix &matrix, const std::string &columnSeparator)
{
    std::string text = "[";
    for (Eigen::Index c = 0; c < matrix.cols(); ++c) {
        if (c)
            text += columnSeparator;
        text += jsonNumbers(matrix.col(c).data(), matrix.rows());
    }
    return text + "]";
}

} // namespace bp
