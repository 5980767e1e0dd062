#include <iostream>
#include <string>
#include <vector>

struct Task {
    std::string name;
    int priority;
    std::vector<std::string> deps;
};

class Planner {
public:
    Task& add(const std::string& name, int priority) {
        tasks_.push_back({name, priority, {}});
        return tasks_.back();
    }

    void depend(const std::string& task, const std::string& on) {
        Task& t = find(task);
        Task& d = find(on);
        t.deps.push_back(d.name);
    }

    // Splits every high-priority task into a "prepare" step and the task itself.
    void split_high() {
        for (auto it = tasks_.begin(); it != tasks_.end(); ++it) {
            if (it->priority > 5) {
                tasks_.push_back({"prepare " + it->name, it->priority - 1, {}});
            }
        }
    }

    const std::vector<Task>& tasks() const { return tasks_; }

private:
    Task& find(const std::string& name) {
        for (auto& t : tasks_) {
            if (t.name == name) return t;
        }
        return add(name, 0);
    }

    std::vector<Task> tasks_;
};

int main() {
    Planner p;
    p.add("build", 7);
    p.add("test", 6);
    p.depend("test", "build");
    p.split_high();
    for (const auto& t : p.tasks()) {
        std::cout << t.name << " " << t.priority << "\n";
    }
}
