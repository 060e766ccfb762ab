#include "store.h"
int main() { return 0; }
