/** Counts the API requests in flight, for the progress bar at the top of every page. */
class Network {
  started = $state(0);
  finished = $state(0);

  get busy() {
    return this.finished < this.started;
  }

  begin() {
    if (!this.busy) {
      this.started = 0;
      this.finished = 0;
    }
    this.started++;
  }

  end() {
    this.finished++;
  }
}

export const network = new Network();
