#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <utility>

// A small greyscale image that owns its pixel buffer.
class Image {
public:
    Image(int width, int height)
        : width_(width), height_(height), pixels_(new std::uint8_t[size()]) {
        if (width <= 0 || height <= 0) {
            delete[] pixels_;
            throw std::invalid_argument("image must have a positive size");
        }
        std::fill(pixels_, pixels_ + size(), 0);
    }

    Image(const Image& other)
        : width_(other.width_), height_(other.height_), pixels_(new std::uint8_t[other.size()]) {
        std::memcpy(pixels_, other.pixels_, size());
    }

    Image& operator=(const Image& other) {
        delete[] pixels_;
        width_ = other.width_;
        height_ = other.height_;
        pixels_ = new std::uint8_t[size()];
        std::memcpy(pixels_, other.pixels_, size());
        return *this;
    }

    ~Image() { delete[] pixels_; }

    std::size_t size() const { return static_cast<std::size_t>(width_) * height_; }

    std::uint8_t& at(int x, int y) {
        if (x < 0 || y < 0 || x >= width_ || y >= height_) {
            throw std::out_of_range("pixel outside the image");
        }
        return pixels_[static_cast<std::size_t>(y) * width_ + x];
    }

    void invert() {
        for (std::size_t i = 0; i < size(); ++i) {
            pixels_[i] = static_cast<std::uint8_t>(255 - pixels_[i]);
        }
    }

    unsigned long brightness() const {
        unsigned long sum = 0;
        for (std::size_t i = 0; i < size(); ++i) {
            sum += pixels_[i];
        }
        return sum;
    }

private:
    int width_;
    int height_;
    std::uint8_t* pixels_;
};

int main() {
    Image a(4, 3);
    a.at(1, 1) = 200;
    Image b(2, 2);
    b = a;
    b.invert();
    Image frames[2] = {a, b};
    int keep = 0;
    frames[keep] = frames[0];
    std::cout << "a: " << a.brightness() << " b: " << b.brightness()
              << " kept: " << frames[keep].brightness() << "\n";
    return 0;
}
