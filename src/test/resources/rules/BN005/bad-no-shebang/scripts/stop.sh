systemctl stop app
