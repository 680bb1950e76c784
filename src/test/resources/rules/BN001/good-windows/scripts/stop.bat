@echo off
iisreset /stop
