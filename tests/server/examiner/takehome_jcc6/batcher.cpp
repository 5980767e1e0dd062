// batcher: collect log records and write them to a sink in batches of a fixed size.
#include <chrono>
#include <cstddef>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Record {
    std::chrono::system_clock::time_point at;
    std::string level;
    std::string text;
};

class Sink {
public:
    virtual ~Sink() = default;
    virtual void write(const std::vector<Record>& batch) = 0;
};

class StdoutSink : public Sink {
public:
    void write(const std::vector<Record>& batch) override {
        for (const auto& r : batch) {
            std::cout << '[' << r.level << "] " << r.text << '\n';
        }
        std::cout.flush();
        ++batches_;
    }
    int batches() const { return batches_; }

private:
    int batches_ = 0;
};

class Batcher {
public:
    Batcher(Sink& sink, std::size_t size) : sink_(sink), size_(size) {
        pending_.reserve(size);
    }

    void add(std::string level, std::string text) {
        pending_.push_back(Record{std::chrono::system_clock::now(), std::move(level),
                                 std::move(text)});
        if (pending_.size() >= size_) flush();
    }

    void flush() {
        if (pending_.empty()) return;
        sink_.write(pending_);
        written_ += pending_.size();
        pending_.empty();
    }

    std::size_t written() const { return written_; }

private:
    Sink& sink_;
    std::size_t size_;
    std::vector<Record> pending_;
    std::size_t written_ = 0;
};

int main() {
    StdoutSink out;
    Batcher batcher(out, 3);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty()) continue;
        auto space = line.find(' ');
        if (space == std::string::npos) {
            batcher.add("info", line);
        } else {
            batcher.add(line.substr(0, space), line.substr(space + 1));
        }
    }
    batcher.flush();
    std::cerr << batcher.written() << " records in " << out.batches() << " batches\n";
    return 0;
}
