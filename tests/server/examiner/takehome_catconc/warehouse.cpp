// warehouse: moves stock between bins from several picker threads and
// prints what each bin holds at the end.
#include <iostream>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

struct Bin {
    explicit Bin(std::string n, int c) : name(std::move(n)), count(c) {}
    std::string name;
    std::mutex m;
    int count;
};

class Warehouse {
public:
    explicit Warehouse(int bins) {
        for (int i = 0; i < bins; ++i)
            bins_.push_back(std::make_unique<Bin>("bin-" + std::to_string(i), 100));
    }

    static bool move(Bin& from, Bin& to, int n) {
        std::lock_guard<std::mutex> a(from.m);
        std::lock_guard<std::mutex> b(to.m);
        if (from.count < n)
            return false;
        from.count -= n;
        to.count += n;
        return true;
    }

    Bin& bin(std::size_t i) { return *bins_.at(i); }
    std::size_t size() const { return bins_.size(); }

    void report() {
        int total = 0;
        for (auto& b : bins_) {
            std::lock_guard<std::mutex> g(b->m);
            std::cout << b->name << ": " << b->count << "\n";
            total += b->count;
        }
        std::cout << "total: " << total << "\n";
    }

private:
    std::vector<std::unique_ptr<Bin>> bins_;
};

void picker(Warehouse& w, unsigned seed, int moves) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, w.size() - 1);
    std::uniform_int_distribution<int> qty(1, 5);
    for (int i = 0; i < moves; ++i) {
        std::size_t a = pick(rng), b = pick(rng);
        if (a != b)
            Warehouse::move(w.bin(a), w.bin(b), qty(rng));
    }
}

int main() {
    Warehouse w(5);
    std::vector<std::thread> pickers;
    for (unsigned s = 1; s <= 4; ++s)
        pickers.emplace_back(picker, std::ref(w), s, 10000);
    for (auto& t : pickers)
        t.join();
    w.report();
}
