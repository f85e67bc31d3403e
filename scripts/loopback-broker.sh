#!/usr/bin/env bash
# A throw-away RabbitMQ node (Debian package rabbitmq-server) on loopback, for the remote-partitioning
# test and benchmark:
#   scripts/loopback-broker.sh start DIR PORT   # installs the package if missing, starts a node in DIR
#   scripts/loopback-broker.sh stop DIR PORT    # stops it; its queues stay in DIR for the next start
# The node listens for AMQP on 127.0.0.1:PORT (user guest, password guest) and for its tools on PORT+1;
# a start after a stop with the same DIR keeps durable queues and their persistent messages.
set -euo pipefail
action="$1" dir="$2" port="$3"
node="careerbrief$port@localhost"

export HOME="$dir" RABBITMQ_NODENAME="$node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$port" \
	RABBITMQ_DIST_PORT=$((port + 1)) RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log" \
	RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" RABBITMQ_CONFIG_FILE="$dir/rabbitmq" \
	RABBITMQ_PID_FILE="$dir/pid" ERL_EPMD_ADDRESS=127.0.0.1 \
	RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
ctl=/usr/lib/rabbitmq/bin/rabbitmqctl

case "$action" in
start)
	if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
		echo "Installing RabbitMQ (Debian package rabbitmq-server) for the remote-partitioning test"
		apt-get update -qq
		# policy-rc.d in containers keeps the package's own service from starting; ours is started below.
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server > /dev/null
	fi
	mkdir -p "$dir"
	echo "[]." > "$dir/enabled_plugins"
	# guest may log in from loopback only, which is where the test connects from.
	echo "loopback_users.guest = true" > "$dir/rabbitmq.conf"
	nohup /usr/lib/rabbitmq/bin/rabbitmq-server < /dev/null > "$dir/server.out" 2>&1 &
	if ! "$ctl" -n "$node" wait --timeout 120 "$dir/pid" > /dev/null; then
		cat "$dir/server.out" >&2
		exit 1
	fi
	echo "RabbitMQ $("$ctl" -n "$node" version) on 127.0.0.1:$port"
	;;
stop)
	# SIGTERM: the node shuts down cleanly (as rabbitmqctl stop does) without waiting for a CLI to boot.
	pid="$(cat "$dir/pid" 2> /dev/null || true)"
	if [ -n "$pid" ] && kill -TERM "$pid" 2> /dev/null; then
		while kill -0 "$pid" 2> /dev/null; do sleep 0.2; done
	fi
	rm -f "$dir/pid"
	# The Erlang port mapper the node started; it refuses to quit while another node is registered.
	epmd -kill > /dev/null 2>&1 || true
	;;
*)
	echo "usage: $0 start|stop DIR PORT" >&2
	exit 2
	;;
esac
