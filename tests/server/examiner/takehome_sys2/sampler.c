#include <math.h>
#include <stdio.h>

/* Prints a damped oscillation sampled every tenth of a second, and its peak. */
struct sample {
    float t;
    float y;
};

static float damped(float t, float freq, float decay)
{
    return expf(-decay * t) * cosf(2.0f * 3.14159265f * freq * t);
}

static int sample_curve(struct sample *out, int cap, float seconds, float freq, float decay)
{
    int n = 0;
    for (float t = 0.0f; t <= seconds; t += 0.1f) {
        if (n == cap)
            break;
        out[n].t = t;
        out[n].y = damped(t, freq, decay);
        n++;
    }
    return n;
}

static int peak(const struct sample *s, int n)
{
    int best = 0;
    for (int i = 1; i < n; i++) {
        if (fabsf(s[i].y) > fabsf(s[best].y))
            best = i;
    }
    return best;
}

int main(void)
{
    struct sample s[64];
    int n = sample_curve(s, 64, 3.0f, 0.5f, 0.4f);
    printf("%d samples (expected 31)\n", n);
    for (int i = 0; i < n; i++)
        printf("%5.2f %8.4f\n", s[i].t, s[i].y);
    int p = peak(s, n);
    printf("peak at %.2f s: %.4f\n", s[p].t, s[p].y);
    return 0;
}
