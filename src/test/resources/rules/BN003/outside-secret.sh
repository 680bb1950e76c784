echo secret
