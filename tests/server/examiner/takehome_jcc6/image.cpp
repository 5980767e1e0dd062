// image: a grey-scale image loaded from a PGM (P5) file, its contrast stretched.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>

class Image {
public:
    Image(std::size_t width, std::size_t height)
        : width_(width), height_(height), pixels_(new std::uint8_t[width * height]()) {}

    ~Image() { delete pixels_; }

    Image(const Image&) = delete;
    Image& operator=(const Image&) = delete;

    std::size_t width() const { return width_; }
    std::size_t height() const { return height_; }

    std::uint8_t at(std::size_t x, std::size_t y) const { return pixels_[y * width_ + x]; }
    void set(std::size_t x, std::size_t y, std::uint8_t v) { pixels_[y * width_ + x] = v; }
    std::uint8_t* data() { return pixels_; }

private:
    std::size_t width_;
    std::size_t height_;
    std::uint8_t* pixels_;
};

static Image* loadPgm(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::string magic;
    std::size_t w = 0, h = 0, maxval = 0;
    in >> magic >> w >> h >> maxval;
    if (magic != "P5" || w == 0 || h == 0 || w > 8192 || h > 8192 || maxval != 255) {
        throw std::runtime_error(path + ": not an 8-bit binary PGM");
    }
    in.get();
    Image* img = new Image(w, h);
    if (!in.read(reinterpret_cast<char*>(img->data()), static_cast<std::streamsize>(w * h))) {
        delete img;
        throw std::runtime_error(path + ": truncated");
    }
    return img;
}

// Stretches the contrast so the darkest pixel becomes 0 and the brightest 255.
static void stretch(Image& img) {
    const std::size_t n = img.width() * img.height();
    std::uint8_t* p = img.data();
    std::uint8_t lo = 255, hi = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (p[i] < lo) lo = p[i];
        if (p[i] > hi) hi = p[i];
    }
    if (hi == lo) return;
    for (std::size_t i = 0; i < n; ++i) {
        p[i] = static_cast<std::uint8_t>((p[i] - lo) * 255u / (hi - lo));
    }
}

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " FILE.pgm\n";
        return 2;
    }
    try {
        Image* img = loadPgm(argv[1]);
        stretch(*img);
        std::cout << "P5\n" << img->width() << ' ' << img->height() << "\n255\n";
        std::cout.write(reinterpret_cast<const char*>(img->data()),
                        static_cast<std::streamsize>(img->width() * img->height()));
        delete img;
    } catch (const std::exception& e) {
        std::cerr << "image: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
