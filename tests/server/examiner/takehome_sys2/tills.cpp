#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// The shop's running takings per till, fed by one thread per till.
class Takings {
public:
    void ring_up(const std::string& till, long cents) {
        std::lock_guard<std::mutex>(mu_);
        per_till_[till] += cents;
        total_ += cents;
    }

    long total() const {
        std::lock_guard<std::mutex> guard(mu_);
        return total_;
    }

    std::map<std::string, long> snapshot() const {
        std::lock_guard<std::mutex> guard(mu_);
        return per_till_;
    }

private:
    mutable std::mutex mu_;
    std::map<std::string, long> per_till_;
    long total_ = 0;
};

int main() {
    Takings takings;
    std::vector<std::thread> tills;
    for (int t = 0; t < 4; ++t) {
        tills.emplace_back([&takings, t] {
            const std::string name = "till-" + std::to_string(t);
            for (int sale = 0; sale < 10000; ++sale) {
                takings.ring_up(name, 250 + sale % 7);
            }
        });
    }
    for (auto& th : tills) {
        th.join();
    }
    long sum = 0;
    for (const auto& [name, cents] : takings.snapshot()) {
        std::cout << name << ": " << cents << "\n";
        sum += cents;
    }
    std::cout << "total " << takings.total() << " (per till " << sum << ")\n";
    return 0;
}
